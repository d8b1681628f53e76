import { askOtherTabs } from "../api/session-share";
import { useSessionStore } from "../api/session-store";
import { isPanelName } from "./config";
import { captureKeyLogin } from "./key-login";

/**
 * Before the first render: take a one-time key out of the address bar, and let a new tab pick
 * up the session of another tab of the same panel.
 */
export async function boot(): Promise<void> {
  captureKeyLogin();
  const panel = window.location.pathname.split("/").find(Boolean);
  const { status } = useSessionStore.getState();
  if (
    status === "anonymous" &&
    isPanelName(panel) &&
    !new URLSearchParams(window.location.search).has("key")
  ) {
    useSessionStore.getState().setPanel(panel);
    await askOtherTabs(panel);
  }
}
