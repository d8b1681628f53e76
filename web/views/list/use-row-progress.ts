import { useMemo } from "react";
import { useLocation } from "react-router";

import { useTaskStore } from "../../stores/task-store";

/** Where a list is, for matching: its function's path and its parent (`elid`), not sort or page. */
function placeOf(path: string): string {
  const url = new URL(path, "http://list.invalid");
  return `${url.pathname}?${url.searchParams.get("elid") ?? ""}`;
}

/**
 * The progress of long operations (§7.6) started on this list's objects, by row key: the task
 * panel polls `progress.get`, and the row of the object shows how far it got.
 */
export function useRowProgress(): ReadonlyMap<string, number> {
  const location = useLocation();
  const tasks = useTaskStore((state) => state.tasks);
  const here = placeOf(`${location.pathname}${location.search}`);
  return useMemo(() => {
    const progress = new Map<string, number>();
    for (const task of tasks)
      if (task.state === "running" && task.key && task.to && placeOf(task.to) === here)
        progress.set(task.key, task.percent);
    return progress;
  }, [tasks, here]);
}
