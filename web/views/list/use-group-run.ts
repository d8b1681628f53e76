import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";

import { loadCode } from "../../api/errors";
import { mgrKeys } from "../../api/keys";
import { currentScope, identityOf } from "../../api/scope";
import { useSessionStore } from "../../api/session-store";
import type { LiveRun } from "./group-run";

/** Where one object of a group action stands. */
export type ItemState = "waiting" | "running" | "done" | "failed" | "unknown" | "skipped";

export interface GroupItem {
  key: string;
  name: string;
  state: ItemState;
  error?: unknown;
}

/** A group action under way or just finished: what it was and each object's result. */
export interface GroupRun {
  caption: string;
  items: GroupItem[];
  finished: boolean;
}

export interface GroupStart {
  func: string;
  caption: string;
  plid?: string;
  items: { key: string; name: string }[];
}

const groupRunCode = () => import("./group-run");
/** The code that runs a group action and shows its results, once it is here. */
export type GroupRunCode = Awaited<ReturnType<typeof groupRunCode>>;

/** Loads the code of group actions; a chunk that cannot be fetched is a `CodeLoadError`. */
const loadGroupRun = () => loadCode(groupRunCode);

/**
 * Fetches the code of group actions ahead: a list calls it once several rows are selected, so a
 * group action waits for nothing but its confirmation. A failure here is tried again by `start`.
 */
export function preloadGroupRun(): void {
  loadGroupRun().catch(() => undefined);
}

/**
 * Runs a group action one object at a time (mgr5-protocol.md §4: a group action "runs on each
 * key"), so the result of each is known: which were done, which the panel refused and why, and
 * which may have been done (the answer was lost). Up to four requests go at once; Cancel stops
 * the ones not started. Everything the identity sees is refetched once, at the end. A change of
 * identity stops the run (the rest would go as someone else) and says nothing of it to the next
 * user. A run goes on when its list is left, sorted or paged: `onFinished` then learns that its
 * panel is no longer shown, so the outcome is told another way.
 */
export function useGroupRun(
  onFinished: (run: GroupRun, shown: boolean, code: GroupRunCode) => void,
) {
  const queryClient = useQueryClient();
  const [run, setRun] = useState<GroupRun>();
  const live = useRef<LiveRun>(undefined);
  const frame = useRef(0);
  const mounted = useRef(true);
  const finishedRef = useRef(onFinished);
  useEffect(() => {
    finishedRef.current = onFinished;
  });

  const show = useCallback(() => {
    // Many answers arrive within one frame: the list is drawn again once per frame at most.
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      if (live.current) setRun({ ...live.current.run, items: [...live.current.run.items] });
    });
  }, []);

  const [code, setCode] = useState<GroupRunCode>();
  /** The caption of a run whose code is still coming: said at once, and no second one meanwhile. */
  const [starting, setStarting] = useState<string>();
  const loading = useRef(false);

  /** Starts a run once its code is here; rejects with a `CodeLoadError` (nothing sent) if it never comes. */
  const start = useCallback(
    async (group: GroupStart) => {
      if (loading.current) return;
      const scope = currentScope();
      loading.current = true;
      setStarting(group.caption);
      let loaded: GroupRunCode;
      try {
        loaded = await loadGroupRun();
      } finally {
        loading.current = false;
        setStarting(undefined);
      }
      const sameIdentity = () => identityOf(useSessionStore.getState()) === scope.identity;
      // Signed out or another user while the code came: nothing was sent, and nothing will be.
      if (!sameIdentity()) return;
      setCode(() => loaded);
      const state: LiveRun = {
        run: {
          caption: group.caption,
          items: group.items.map((item): GroupItem => ({ ...item, state: "waiting" })),
          finished: false,
        },
        cancelled: false,
      };
      live.current = state;
      setRun(state.run);
      await loaded.runItems(state, group, scope, sameIdentity, show);
      state.run = { ...state.run, items: [...state.run.items], finished: true };
      const shown = live.current === state && mounted.current;
      if (live.current === state) {
        // All done is said by a notice; the panel stays only when something needs a look.
        const allDone = state.run.items.every((item) => item.state === "done");
        if (allDone) live.current = undefined;
        setRun(allDone ? undefined : state.run);
      }
      if (sameIdentity()) finishedRef.current(state.run, shown, loaded);
      await queryClient.invalidateQueries({ queryKey: mgrKeys.identity(scope) });
    },
    [queryClient, show],
  );

  const cancel = useCallback(() => {
    if (live.current) live.current.cancelled = true;
  }, []);

  const dismiss = useCallback(() => {
    if (live.current && !live.current.run.finished) live.current.cancelled = true;
    live.current = undefined;
    setRun(undefined);
  }, []);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      cancelAnimationFrame(frame.current);
    };
  }, []);

  return { run, starting, start, cancel, dismiss, code };
}
