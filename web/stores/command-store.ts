import { create } from "zustand";

/** Something the palette can do besides opening a menu item. */
export interface Command {
  id: string;
  label: string;
  /** What kind of command it is, shown next to it ("Action", "Recent"). */
  group: "action" | "recent";
  /** Why it cannot run now; absent when it can. */
  unavailable?: string;
  run: () => void;
}

/** A recently opened object: its title as shown and the address it was shown at. */
export interface RecentObject {
  label: string;
  to: string;
  /** The navigation state it was opened with (where it leads back to, what it is about). */
  state?: unknown;
}

interface CommandState {
  /** The actions of the view on screen for its current selection (a list's toolbar). */
  actions: Command[];
  recent: RecentObject[];
  setActions: (actions: Command[]) => void;
  remember: (object: RecentObject) => void;
  clear: () => void;
}

const keptRecent = 8;

/**
 * What the command palette offers beyond the menu: the current view's actions and the objects
 * opened lately, in memory only, so they go with the identity that saw them.
 */
export const useCommandStore = create<CommandState>()((set) => ({
  actions: [],
  recent: [],
  setActions: (actions) => {
    set({ actions });
  },
  remember: (object) => {
    set((state) => ({
      recent: [object, ...state.recent.filter((item) => item.to !== object.to)].slice(
        0,
        keptRecent,
      ),
    }));
  },
  clear: () => {
    set({ actions: [], recent: [] });
  },
}));
