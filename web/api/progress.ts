import { queryOptions } from "@tanstack/react-query";

import { parseProgress } from "../xjson/parse-progress";
import { mgrCall } from "./client";
import { mgrKeys } from "./keys";
import type { Scope } from "./scope";

/** How often a running operation is asked about. */
const pollMs = 3000;

/**
 * A new id for a long request (§7.6): sent as `progressid` with the submit, then polled with
 * `progress.get` for as long as the panel reports the operation.
 */
export function newProgressId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * The progress of one operation, polled while it runs; `null` once the panel no longer reports
 * it (finished, or never long). Keyed by identity like every query, so it goes with the user.
 */
export function progressQuery(scope: Scope, progressId: string) {
  return queryOptions({
    queryKey: [...mgrKeys.func(scope, "progress.get"), progressId] as const,
    queryFn: async ({ signal }) =>
      parseProgress(
        await mgrCall({ func: "progress.get", params: { elid: progressId }, signal, scope }),
      ) ?? null,
    // Polled while the operation runs, only in a visible tab; an error ends it (the task panel
    // drops a task never reported) rather than asking every few seconds for ever.
    refetchInterval: (query) =>
      query.state.data === null || query.state.status === "error" ? false : pollMs,
    refetchIntervalInBackground: false,
    retry: 1,
  });
}
