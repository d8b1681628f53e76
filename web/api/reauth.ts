import { SessionExpiredError } from "./errors";
import { useSessionStore } from "./session-store";

let waiting: Promise<void> | undefined;

function abortError(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new DOMException("Aborted", "AbortError");
}

/**
 * Waits until the user has signed in again after the session expired. Every request that
 * failed or was about to be sent shares one wait, so a burst of failures is one sign-in. Rejects
 * when the user signs out instead, when they came by key (they cannot sign in here), or on abort.
 */
export function waitForSession(signal?: AbortSignal): Promise<void> {
  const state = useSessionStore.getState();
  if (state.status === "active") return Promise.resolve();
  if (state.status === "anonymous" || state.viaKey) {
    return Promise.reject(
      new SessionExpiredError({
        type: "access",
        object: "session",
        value: "",
        message: "The session has ended",
      }),
    );
  }
  waiting ??= new Promise<void>((resolve, reject) => {
    const unsubscribe = useSessionStore.subscribe((next) => {
      if (next.status === "expired") return;
      unsubscribe();
      waiting = undefined;
      if (next.status === "active") resolve();
      else
        reject(
          new SessionExpiredError({
            type: "access",
            object: "session",
            value: "",
            message: "Signed out",
          }),
        );
    });
  });
  if (!signal) return waiting;
  if (signal.aborted) return Promise.reject(abortError(signal));
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => {
      reject(abortError(signal));
    };
    signal.addEventListener("abort", onAbort, { once: true });
    waiting?.then(resolve, reject).finally(() => {
      signal.removeEventListener("abort", onAbort);
    });
  });
}
