import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";

import { MalformedReplyError, UnknownResultError } from "../../api/errors";
import { mgrKeys } from "../../api/keys";
import { runAction } from "../../api/mutations";
import { currentScope, identityOf } from "../../api/scope";
import { useSessionStore } from "../../api/session-store";

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

/** Requests in flight at once: the panel is not flooded, and a long run still moves. */
const parallel = 4;

/**
 * Runs a group action one object at a time (mgr5-protocol.md §4: a group action "runs on each
 * key"), so the result of each is known: which were done, which the panel refused and why, and
 * which may have been done (the answer was lost). Up to four requests go at once; Cancel stops
 * the ones not started. Everything the identity sees is refetched once, at the end. A change of
 * identity stops the run (the rest would go as someone else) and says nothing of it to the next
 * user. A run goes on when its list is left, sorted or paged: `onFinished` then learns that its
 * panel is no longer shown, so the outcome is told another way.
 */
export function useGroupRun(onFinished: (run: GroupRun, shown: boolean) => void) {
  const queryClient = useQueryClient();
  const [run, setRun] = useState<GroupRun>();
  const live = useRef<{ run: GroupRun; cancelled: boolean }>(undefined);
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

  const start = useCallback(
    (group: GroupStart) => {
      const scope = currentScope();
      const state = {
        run: {
          caption: group.caption,
          items: group.items.map((item): GroupItem => ({ ...item, state: "waiting" })),
          finished: false,
        },
        cancelled: false,
      };
      live.current = state;
      setRun(state.run);
      const sameIdentity = () => identityOf(useSessionStore.getState()) === scope.identity;
      const set = (item: GroupItem, index: number, change: Partial<GroupItem>) => {
        state.run.items[index] = { ...item, ...change };
        show();
      };
      let next = 0;
      const worker = async (): Promise<void> => {
        while (next < state.run.items.length) {
          const index = next++;
          const item = state.run.items[index];
          if (!item) break;
          const mark = (change: Partial<GroupItem>) => {
            set(item, index, change);
          };
          if (state.cancelled || !sameIdentity()) {
            mark({ state: "skipped" });
            continue;
          }
          mark({ state: "running" });
          try {
            const result = await runAction(
              { func: group.func, params: { elid: item.key, plid: group.plid, sok: "ok" } },
              scope,
            );
            if (result.kind === "ok") mark({ state: "done" });
            else mark({ state: "failed", error: new MalformedReplyError(group.func) });
          } catch (error) {
            mark({ state: error instanceof UnknownResultError ? "unknown" : "failed", error });
          }
        }
      };
      void Promise.all(Array.from({ length: parallel }, worker)).then(async () => {
        state.run = { ...state.run, items: [...state.run.items], finished: true };
        const shown = live.current === state && mounted.current;
        if (live.current === state) {
          // All done is said by a notice; the panel stays only when something needs a look.
          const allDone = state.run.items.every((item) => item.state === "done");
          if (allDone) live.current = undefined;
          setRun(allDone ? undefined : state.run);
        }
        if (sameIdentity()) finishedRef.current(state.run, shown);
        await queryClient.invalidateQueries({ queryKey: mgrKeys.identity(scope) });
      });
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

  return { run, start, cancel, dismiss };
}

/** How many objects are in each state. */
export function countStates(items: GroupItem[]): Record<ItemState, number> {
  const counts: Record<ItemState, number> = {
    waiting: 0,
    running: 0,
    done: 0,
    failed: 0,
    unknown: 0,
    skipped: 0,
  };
  for (const item of items) counts[item.state] += 1;
  return counts;
}
