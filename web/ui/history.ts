import type { Location, Navigator, To } from "react-router";

/**
 * What a history entry holds, in React Router's own format: the app's state is `usr`. Entries
 * written before this module (an open tab of an older version, `login-at-boot.ts`) read the same.
 */
interface EntryState {
  usr?: unknown;
  key?: string;
  idx?: number;
}

/** An address inside the app: from its root, never `//host` or `/\host` (another site). */
export function isAppPath(to: string): to is `/${string}` {
  return to.startsWith("/") && to[1] !== "/" && to[1] !== "\\";
}

function entry(): EntryState {
  const state: unknown = window.history.state;
  return typeof state === "object" && state !== null ? state : {};
}

/** Where the tab is, with the state the app gave this entry. */
export function currentLocation(): Location {
  const { pathname, search, hash } = window.location;
  const { usr = null, key = "default" } = entry();
  return { pathname, search, hash, state: usr, key };
}

const listeners = new Set<() => void>();
const changed = () => {
  for (const listener of listeners) listener();
};

const pathOf = (to: To) =>
  typeof to === "string" ? to : `${to.pathname ?? ""}${to.search ?? ""}${to.hash ?? ""}`;

function write(action: "PUSH" | "REPLACE", where: To, state: unknown): void {
  const to = pathOf(where);
  if (!isAppPath(to)) throw new Error(`Not an address inside the app: ${to}`);
  const idx = (entry().idx ?? 0) + (action === "PUSH" ? 1 : 0);
  const next: EntryState = {
    usr: state ?? null,
    key: Math.random().toString(36).slice(2, 10),
    idx,
  };
  if (action === "REPLACE") window.history.replaceState(next, "", to);
  else
    try {
      window.history.pushState(next, "", to);
    } catch (error) {
      // Safari refuses more than 100 entries in a short time: the address still changes, by a load.
      if (error instanceof DOMException && error.name === "DataCloneError") throw error;
      window.location.assign(to);
      return;
    }
  changed();
}

/** Where the current entry stands in the tab's history: one more for each entry pushed. */
export function entryIndex(): number {
  return entry().idx ?? 0;
}

/**
 * Changes the state the current entry holds, without a navigation: nothing is drawn again, and
 * the address and the key stay. For what the page wants back when Back returns to it.
 */
export function setEntryState(state: unknown): void {
  window.history.replaceState({ ...entry(), usr: state }, "");
}

/**
 * The tab's history, for the whole app, in the shape React Router's `<Router>` takes as its
 * navigator. It stands in for `<BrowserRouter>`'s, which carries URL building and checks this
 * console never needs (every address is a path from the root): 0.5 KiB of the first screen.
 */
export const browserHistory = {
  createHref: pathOf,
  push: (to: To, state?: unknown) => {
    write("PUSH", to, state);
  },
  replace: (to: To, state?: unknown) => {
    write("REPLACE", to, state);
  },
  go: (delta: number) => {
    window.history.go(delta);
  },
  /** Calls `listener` after every change of address; returns the way to stop. */
  listen(listener: () => void): () => void {
    if (listeners.size === 0) window.addEventListener("popstate", changed);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) window.removeEventListener("popstate", changed);
    };
  },
} satisfies Navigator & { listen: unknown };
