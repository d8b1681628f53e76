import { useSessionStore } from "./session-store";

type Message =
  | { type: "ask"; panel: string }
  | {
      type: "share";
      panel: string;
      sessionId: string;
      username: string;
      level: number;
      viaKey: boolean;
    }
  | { type: "signed-out"; panel: string; sessionId: string }
  | {
      type: "renewed";
      panel: string;
      /** The session that expired: only tabs that shared it take the new one. */
      expiredSessionId: string;
      sessionId: string;
      username: string;
      level: number;
    };

const channelName = "dci-console.session";

function channel(): BroadcastChannel | undefined {
  return typeof BroadcastChannel === "undefined" ? undefined : new BroadcastChannel(channelName);
}

/**
 * Lets tabs of this origin share the session: a link opened in a new tab works while another
 * tab is signed in (sessionStorage is per tab), and signing out in one tab signs out all.
 * Returns a function that stops it.
 */
export function shareSessionAcrossTabs(): () => void {
  const bus = channel();
  if (!bus) return () => undefined;
  bus.onmessage = (event: MessageEvent<Message>) => {
    const message = event.data;
    const state = useSessionStore.getState();
    if (message.panel !== state.panel) return;
    if (message.type === "ask" && state.status === "active" && state.sessionId && state.username) {
      bus.postMessage({
        type: "share",
        panel: state.panel,
        sessionId: state.sessionId,
        username: state.username,
        level: state.level ?? 0,
        viaKey: state.viaKey,
      } satisfies Message);
    }
    // Only the tabs that share the ended session follow it out; a tab with its own session stays.
    if (message.type === "signed-out" && message.sessionId === state.sessionId) state.signedOut();
    // One sign-in after expiry serves every tab of that session: their waiting requests resume.
    if (
      message.type === "renewed" &&
      message.expiredSessionId === state.sessionId &&
      message.username === state.username
    )
      state.signedIn({ ...message, viaKey: state.viaKey });
  };
  return () => {
    bus.close();
  };
}

/**
 * Tells the other tabs that the user signed out, so they sign out too. Only an explicit logout
 * says this: a key login replacing this tab's session must not end the others.
 */
export function announceSignOut(panel: string, sessionId: string): void {
  const bus = channel();
  if (!bus) return;
  bus.postMessage({ type: "signed-out", panel, sessionId } satisfies Message);
  bus.close();
}

/**
 * Tells the other tabs that the expired session `expiredSessionId` was replaced by signing in
 * again, so tabs that shared it carry on with the new one instead of asking for a password too.
 */
export function announceRenewal(
  panel: string,
  expiredSessionId: string,
  session: { sessionId: string; username: string; level: number },
): void {
  const bus = channel();
  if (!bus) return;
  bus.postMessage({ type: "renewed", panel, expiredSessionId, ...session } satisfies Message);
  bus.close();
}

/** Asks the other tabs for a session of `panel`; resolves true when one answered in time. */
export function askOtherTabs(panel: string, timeoutMs = 300): Promise<boolean> {
  const bus = channel();
  if (!bus) return Promise.resolve(false);
  return new Promise((resolve) => {
    const finish = (found: boolean) => {
      clearTimeout(timer);
      bus.close();
      resolve(found);
    };
    const timer = setTimeout(() => {
      finish(false);
    }, timeoutMs);
    bus.onmessage = (event: MessageEvent<Message>) => {
      const message = event.data;
      if (message.type !== "share" || message.panel !== panel) return;
      useSessionStore.getState().signedIn(message);
      finish(true);
    };
    bus.postMessage({ type: "ask", panel } satisfies Message);
  });
}
