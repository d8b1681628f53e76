import { useEffect, useRef } from "react";

import { Alert } from "../ui/alert";
import { useText } from "../ui/lang-context";
import type { OkPageModel } from "../xjson/model";
import { useFollowUp } from "./follow-up";
import { useOkText } from "./ok-texts";
import { isWebAddress, openWindow } from "./open-window";
import { Link } from "../ui/link";

/**
 * An `ok` opened as a page: a link or a toolbar `url` button led to an action. It does what the
 * ok says (§6.9): open the function it names, or the web address in a new window (http(s) only,
 * anything else is refused and said), or says it is done.
 */
export function OkPage({ panel, page }: { panel: string; page: OkPageModel }) {
  const t = useText();
  const ot = useOkText();
  const followUp = useFollowUp(panel);
  const once = useRef(false);
  const text = page.ok.text ?? "";
  const isAddress = /^[a-z][a-z0-9+.-]*:/i.test(text);
  const outcome = !isAddress ? "done" : isWebAddress(text) ? "opened" : "refused";
  useEffect(() => {
    if (once.current) return;
    once.current = true;
    if (followUp(page.ok, { replace: true })) return;
    if (outcome === "opened") openWindow(text);
  }, [followUp, page.ok, text, outcome]);
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{ot("done")}</h1>
      {outcome === "refused" ? (
        <Alert tone="error">{t("addressRefused")}</Alert>
      ) : (
        <Alert tone="info">{outcome === "opened" ? ot("openedInWindow") : ot("actionDone")}</Alert>
      )}
      <p>
        <Link to={`/${panel}`}>{t("goHome")}</Link>
      </p>
    </section>
  );
}
