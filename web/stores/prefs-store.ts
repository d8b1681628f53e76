import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";

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

/** Preferences that outlive the session: page size and column choice per list. */
export const usePrefsStore = create<PrefsState & PrefsActions>()(
  persist(
    (set) => ({
      lists: {},
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
    }),
    {
      name: "dci-console.prefs",
      storage: createJSONStorage(() => localStorage),
      partialize: ({ lists }) => ({ lists }),
    },
  ),
);
