import { askOtherTabs } from "../api/session-share";
import { useSessionStore } from "../api/session-store";
import { panelFromPath } from "./config";
import { captureFuncLink, captureKeyLogin } from "./key-login";

/**
 * Before the first render: take a one-time key or a function link (and its session id) out of
 * the address bar, and let a new tab pick up the session of another tab of the same panel.
 * Resolves true when the address was such a link: only the router completes it.
 */
export async function boot(): Promise<boolean> {
  // A key login signs in by itself: asking the other tabs would only delay it.
  if (captureKeyLogin()) return true;
  const link = captureFuncLink();
  // A link that hands over its own session needs no other tab's.
  if (link?.session) return true;
  const panel = panelFromPath(window.location.pathname);
  if (useSessionStore.getState().status !== "anonymous" || panel === undefined)
    return link !== undefined;
  useSessionStore.getState().setPanel(panel);
  await askOtherTabs(panel);
  return link !== undefined;
}
