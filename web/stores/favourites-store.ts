import { create } from "zustand";

interface FavouritesState {
  owner?: string;
  /** Menu items (their functions) pinned to the top of the menu, in the order pinned. */
  funcs: string[];
  /** Loads the favourites of this panel and user (null: signed out, none). */
  load: (owner: string | null) => void;
  toggle: (func: string) => void;
}

const storageKey = (owner: string) => `dci-console.favourites.${owner}`;

function read(owner: string): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey(owner)) ?? "[]");
    return Array.isArray(stored) ? stored.filter((item) => typeof item === "string") : [];
  } catch {
    return [];
  }
}

/**
 * Menu favourites per panel and user, in localStorage (function names only, no data), so they
 * outlive signing out; another user has their own.
 */
export const useFavouritesStore = create<FavouritesState>()((set, get) => ({
  owner: undefined,
  funcs: [],
  load: (owner) => {
    set({ owner: owner ?? undefined, funcs: owner ? read(owner) : [] });
  },
  toggle: (func) => {
    const { owner, funcs } = get();
    const next = funcs.includes(func) ? funcs.filter((item) => item !== func) : [...funcs, func];
    if (owner) localStorage.setItem(storageKey(owner), JSON.stringify(next));
    set({ funcs: next });
  },
}));
