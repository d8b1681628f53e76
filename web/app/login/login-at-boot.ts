import { useSessionStore } from "../../api/session-store";
import { defaultPanel, isPanelName } from "../config";

/** The page a tab opens on without a session: what the router would show, and where it goes next. */
export interface LoginAtBoot {
  panel: string;
  page: "login" | "key-expired";
  /** The address to open once signed in (the router's `from` state of the login route). */
  from: string;
}

/** The state react-router keeps in a history entry: the location's own state is under `usr`. */
function routerState(state: unknown): { from?: unknown } | undefined {
  if (typeof state !== "object" || state === null || !("usr" in state)) return undefined;
  const usr = state.usr;
  return typeof usr === "object" && usr !== null ? usr : undefined;
}

/**
 * Whether this tab, as it boots, can only show the login page (or the key-expired page), so it
 * can be drawn before the router and the rest of the app have loaded. That is a signed-out tab at
 * `/`, `/<panel>`, `/<panel>/login`, `/<panel>/key-expired` or `/<panel>/<func>`, where the
 * router would show the login page or send the tab there (`RequireSession`). Anything else (a
 * key login or a function link being completed, a session, `/manager/...`, an unknown address)
 * is left to the router. The address becomes the login page's, as the router's redirect would
 * make it.
 */
export function loginAtBoot(
  linkPending: boolean,
  location: Location = window.location,
): LoginAtBoot | undefined {
  if (linkPending || useSessionStore.getState().status !== "anonymous") return undefined;
  const [first, second, ...rest] = location.pathname.split("/").filter(Boolean);
  if (rest.length > 0) return undefined;
  if (first === "manager" || (first !== undefined && !isPanelName(first))) return undefined;
  const panel = first ?? defaultPanel();
  // As the panel gate does (panel-gate.tsx): the tab works with this panel from now on.
  useSessionStore.getState().setPanel(panel);
  if (second === "key-expired") return { panel, page: "key-expired", from: `/${panel}` };
  if (second === "login") {
    const from = routerState(window.history.state)?.from;
    return { panel, page: "login", from: typeof from === "string" ? from : `/${panel}` };
  }
  const from = first === undefined ? `/${panel}` : `${location.pathname}${location.search}`;
  // RequireSession's redirect: the login page's address, with where to go next in its state.
  window.history.replaceState({ usr: { from }, key: "default", idx: 0 }, "", `/${panel}/login`);
  return { panel, page: "login", from };
}
