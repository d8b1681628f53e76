import { useShallow } from "zustand/react/shallow";

import { useSessionStore, type Lang } from "./session-store";

/**
 * Whose eyes a request or a cached reply belongs to: the panel, the identity (the signed-in user,
 * or "operator>customer" while acting as a customer) and the language. Every query key starts
 * with it, and the door sends exactly its panel, language and `su`, so data fetched for one
 * identity can never be served to another.
 */
export interface Scope {
  panel: string;
  /** `anonymous`, `admin`, or `admin>acme` while admin acts as acme. */
  identity: string;
  lang: Lang;
  /** The user requests run as (`su`), when acting. */
  su?: string;
}

interface IdentityFields {
  status: string;
  username?: string;
  sessionId?: string;
  su?: string;
}

/**
 * The identity of a session state. It names the user, not the session id: the same user signing
 * in again after the session expired is the same identity, so the page and what was typed stay.
 */
export function identityOf({ status, username, sessionId, su }: IdentityFields): string {
  if (status === "anonymous") return "anonymous";
  // A session whose user is unknown is an identity of its own, never "anonymous".
  const who = username || `#${sessionId ?? ""}`;
  return su ? `${who}>${su}` : who;
}

/** The scope of this tab right now. */
export function currentScope(): Scope {
  const state = useSessionStore.getState();
  return { panel: state.panel, identity: identityOf(state), lang: state.lang, su: state.su };
}

/** The current scope for a component; a new object only when one of its parts changes. */
export function useScope(): Scope {
  return useSessionStore(
    useShallow((state) => ({
      panel: state.panel,
      identity: identityOf(state),
      lang: state.lang,
      su: state.su,
    })),
  );
}

/**
 * The tab's scope for calls about the session itself (logout, keep-alive): the same identity,
 * but without `su`, so they act on the operator's session and not on the user acted as.
 */
export function sessionScope(): Scope {
  return { ...currentScope(), su: undefined };
}
