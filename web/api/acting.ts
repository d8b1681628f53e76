import { useSessionStore } from "./session-store";

/**
 * Starts acting as another user ("log in as", `su`, mgr5-protocol.md §2.5): from now on every
 * request carries `su=<user>` and runs as that user, under the operator's own session, which is
 * why nothing else is needed to come back. The panel decides who may act as whom: an operator
 * gets here only because the panel answered a "log in as" action with `su` in its follow-up.
 * `returnTo` is the view to go back to.
 */
export function actAs(user: string, returnTo: string): void {
  useSessionStore.getState().enterSu(user, returnTo);
}

/** Stops acting as another user; returns the view acting started from, if known. */
export function stopActing(): string | undefined {
  const { suReturn } = useSessionStore.getState();
  useSessionStore.getState().leaveSu();
  return suReturn;
}
