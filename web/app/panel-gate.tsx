import { useEffect, useState, type ReactNode } from "react";
import { useLocation } from "react-router";

import { Navigate } from "../ui/app-router";
import { adoptSession, signInWithKey } from "../api/auth";
import { useSessionStore } from "../api/session-store";
import { funcUrl, withParams } from "../views/urls";
import { defaultPanel, isPanelName } from "./config";
import { takeFuncLink, takeKeyLogin, type FuncLink } from "./key-login";
import { usePlace } from "../views/place";
import { useText } from "../ui/lang-context";
import { Spinner } from "../ui/spinner";

/**
 * What a tab must do at `/<panel>` before anything there is drawn: remember the panel, and
 * complete a key login from billing or a function link from outside (both were taken out of the
 * address at boot). Resolves to where the tab goes instead, or to nothing when it stays.
 */
async function enterPanel(panel: string): Promise<string | undefined> {
  // Not while React draws the gate: a change of panel resets the session and the cache.
  await Promise.resolve();
  useSessionStore.getState().setPanel(panel);
  const link = takeFuncLink(panel);
  if (link) return openFuncLink(panel, link);
  const keyLogin = takeKeyLogin(panel);
  if (!keyLogin) return undefined;
  useSessionStore.getState().signedOut();
  try {
    await signInWithKey({
      username: keyLogin.username,
      key: keyLogin.key,
      lang: useSessionStore.getState().lang,
    });
    useSessionStore.getState().setBillingUrl(keyLogin.referrer);
  } catch {
    return `/${panel}/key-expired`;
  }
  return keyLogin.start ? funcUrl(panel, keyLogin.start, { elid: keyLogin.elid }) : `/${panel}`;
}

/**
 * A function link from outside: its session (if it brings one) becomes the tab's, then the
 * function opens at its usual address, where the view guard asks before anything is sent.
 */
async function openFuncLink(panel: string, link: FuncLink): Promise<string> {
  // Not funcUrl: that would record the function as offered, and skip the guard's question.
  const target = withParams(`/${panel}/${encodeURIComponent(link.func)}`, link.params);
  const { status, sessionId } = useSessionStore.getState();
  // A tab someone is signed in to is never switched to another session by a link from outside
  // (that would let any site sign the user in as someone else): the function opens as them.
  if (link.session && link.session !== sessionId && status !== "active") {
    try {
      await adoptSession(link.session, useSessionStore.getState().lang);
      useSessionStore.getState().setBillingUrl(link.referrer);
    } catch {
      return `/${panel}/key-expired`;
    }
  }
  return target;
}

let inFlight: { panel: string; step: Promise<string | undefined> } | undefined;

/**
 * Enters `panel`, or joins the entry already under way: React may draw a component twice, and a
 * key login can be taken from the address only once.
 */
function enterOnce(panel: string): Promise<string | undefined> {
  if (inFlight?.panel === panel) return inFlight.step;
  const entry = { panel, step: enterPanel(panel) };
  inFlight = entry;
  const settled = () => {
    if (inFlight === entry) inFlight = undefined;
  };
  entry.step.then(settled, settled);
  return entry.step;
}

interface Entered {
  panel: string;
  /** Where the entry sends the tab, until it has gone there. */
  target?: string;
  /** The location the tab entered at. */
  at: string;
}

/**
 * `/<panel>`: draws its pages once the tab has entered the panel (again only when the panel
 * changes). An entry that waits for the panel (a key from billing, a link's session) says so;
 * one that does not is over before anything shows.
 */
export function PanelGate({ children }: { children: ReactNode }) {
  const t = useText();
  const { panel } = usePlace();
  const { key } = useLocation();
  const valid = isPanelName(panel);
  const [entering, setEntering] = useState(() =>
    valid ? { panel, step: enterOnce(panel) } : undefined,
  );
  if (valid && entering?.panel !== panel) setEntering({ panel, step: enterOnce(panel) });
  const [entered, setEntered] = useState<Entered>();
  // Gone there: the target is followed once, not again when an entry with the same key (a
  // `#main` link, which React Router also keys "default") comes back.
  if (entered?.target !== undefined && entered.at !== key)
    setEntered({ ...entered, target: undefined });

  useEffect(() => {
    if (entering === undefined) return;
    let current = true;
    void entering.step.then((target) => {
      if (current) setEntered({ panel: entering.panel, target, at: key });
    });
    return () => {
      current = false;
      // A gate that goes (another App, in tests) leaves no entry for the next to join.
      if (inFlight?.step === entering.step) inFlight = undefined;
    };
    // The entry is the panel's: a navigation inside the panel does not wait for it again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [entering]);

  if (!valid) return <Navigate to={`/${defaultPanel()}`} replace />;
  if (entered?.panel !== panel)
    return (
      <div className="app-main panel-entry">
        <Spinner label={t("keyLoginRunning")} delayMs={300} />
      </div>
    );
  // Nothing of the panel is drawn at the address the tab is leaving.
  if (entered.target !== undefined) return <Navigate to={entered.target} replace />;
  return children;
}
