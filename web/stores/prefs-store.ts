import { create } from "zustand";

interface ListPrefs {
  pageSize?: number;
  hiddenColumns?: string[];
}

interface PrefsState {
  /** Per list, keyed `<panel>.<func>`: UI choices only, never server data. */
  lists: Record<string, ListPrefs>;
}

interface PrefsActions {
  setPageSize: (list: string, pageSize: number) => void;
  setHiddenColumns: (list: string, hiddenColumns: string[]) => void;
  /** Forget everything (logout). */
  reset: () => void;
}

const storageKey = "dci-console.prefs";

/** One list's choices as stored, keeping only what this version understands. */
function listPrefs(value: unknown): ListPrefs {
  if (typeof value !== "object" || value === null) return {};
  const { pageSize, hiddenColumns } = value as Record<string, unknown>;
  return {
    ...(Number.isInteger(pageSize) && (pageSize as number) > 0 && { pageSize: pageSize as number }),
    ...(Array.isArray(hiddenColumns) && {
      hiddenColumns: hiddenColumns.filter((name) => typeof name === "string"),
    }),
  };
}

/** The choices stored by this or an earlier version (`{ state: { lists }, version }`). */
function read(): Record<string, ListPrefs> {
  try {
    const saved = (
      JSON.parse(localStorage.getItem(storageKey) ?? "null") as {
        state?: { lists?: unknown };
      } | null
    )?.state?.lists;
    if (typeof saved !== "object" || saved === null || Array.isArray(saved)) return {};
    return Object.fromEntries(
      Object.entries(saved).map(([list, prefs]) => [list, listPrefs(prefs)]),
    );
  } catch {
    return {};
  }
}

/** Preferences that outlive the session: page size and column choice per list. */
export const usePrefsStore = create<PrefsState & PrefsActions>()((set) => ({
  lists: read(),
  setPageSize: (list, pageSize) => {
    set((state) => ({ lists: { ...state.lists, [list]: { ...state.lists[list], pageSize } } }));
  },
  setHiddenColumns: (list, hiddenColumns) => {
    set((state) => ({
      lists: { ...state.lists, [list]: { ...state.lists[list], hiddenColumns } },
    }));
  },
  reset: () => {
    set({ lists: {} });
  },
}));

usePrefsStore.subscribe(({ lists }, before) => {
  if (lists === before.lists) return;
  try {
    localStorage.setItem(storageKey, JSON.stringify({ state: { lists }, version: 0 }));
  } catch {
    // Without storage the choices last as long as the page.
  }
});
