/*
 * What a group action needs only once one is started: the requests, the results panel and the
 * closing notice. A chunk of its own (loaded by use-group-run.ts), so the first list does not carry it.
 */
import { MalformedReplyError, UnknownResultError } from "../../api/errors";
import { runAction } from "../../api/mutations";
import type { Scope } from "../../api/scope";
import type { GroupItem, GroupRun, GroupStart } from "./use-group-run";

export { GroupResults } from "./group-results";
export { groupNotice } from "./group-notice";

/** Requests in flight at once: the panel is not flooded, and a long run still moves. */
const parallel = 4;

/** A run as it goes: its items change in place; `cancelled` stops the ones not started. */
export interface LiveRun {
  run: GroupRun;
  cancelled: boolean;
}

/**
 * Sends the action for each object of `live`, up to four at once, as `scope`, and settles when
 * every object has its result. `sameIdentity` turning false skips the rest: they would go as
 * someone else. `changed` is called after each change of an item.
 */
export async function runItems(
  live: LiveRun,
  group: GroupStart,
  scope: Scope,
  sameIdentity: () => boolean,
  changed: () => void,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < live.run.items.length) {
      const index = next++;
      const item = live.run.items[index];
      if (!item) break;
      const mark = (change: Partial<GroupItem>) => {
        live.run.items[index] = { ...item, ...change };
        changed();
      };
      if (live.cancelled || !sameIdentity()) {
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
  await Promise.all(Array.from({ length: parallel }, worker));
}
