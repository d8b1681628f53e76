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
  su?: string;
}

/**
 * The identity of a session state. It names the user, not the session id: the same user signing
 * in again after the session expired is the same identity, so the page and what was typed stay.
 */
export function identityOf({ status, username, su }: IdentityFields): string {
  if (status === "anonymous" || !username) return "anonymous";
  return su ? `${username}>${su}` : username;
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
