import { lastRequestTime, mgrCall } from "./client";
import { sessionScope } from "./scope";
import { useSessionStore } from "./session-store";

const quietBeforePingMs = 10 * 60_000;
const activeWithinMs = 10 * 60_000;
const checkEveryMs = 60_000;

let lastActivity = Date.now();

/** Someone moved or typed in this tab within the last ten minutes. */
export function userIsActive(now = Date.now()): boolean {
  return now - lastActivity <= activeWithinMs;
}

/**
 * Keeps the session alive while someone works in this tab: when the tab is visible, the user
 * moved or typed in the last ten minutes and no request went out for ten minutes, it sends
 * `func=keepalive`. An idle or hidden tab sends nothing and may expire. Returns a stop function.
 */
export function keepSessionAlive(): () => void {
  lastActivity = Date.now();
  const onActivity = () => {
    lastActivity = Date.now();
  };
  const events = ["pointerdown", "keydown", "pointermove", "wheel"] as const;
  for (const name of events) window.addEventListener(name, onActivity, { passive: true });
  const timer = setInterval(() => {
    const now = Date.now();
    const { status } = useSessionStore.getState();
    if (status !== "active" || document.visibilityState !== "visible") return;
    if (!userIsActive(now) || now - lastRequestTime() < quietBeforePingMs) return;
    mgrCall({ func: "keepalive", scope: sessionScope() }).catch(() => undefined);
  }, checkEveryMs);
  return () => {
    clearInterval(timer);
    for (const name of events) window.removeEventListener(name, onActivity);
  };
}
