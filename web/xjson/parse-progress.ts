import { own, text } from "./normalize";
import type { WireNode } from "./wire";

/** Where a long operation is (mgr5-protocol.md §7.6): steps done of all, and the current one. */
export interface ProgressModel {
  percent: number;
  comment: string;
}

/**
 * `func=progress.get` answers `steps`, `done` and `comment` while the operation runs, and an
 * empty document once it is over or unknown (Q9): undefined then, so "finished" is one check.
 */
export function parseProgress(doc: WireNode): ProgressModel | undefined {
  const steps = Number(text(own(doc, "steps")));
  const done = Number(text(own(doc, "done")));
  if (!Number.isFinite(steps) || steps <= 0 || !Number.isFinite(done)) return undefined;
  return {
    percent: Math.max(0, Math.min(100, Math.round((done / steps) * 100))),
    comment: text(own(doc, "comment")) ?? "",
  };
}
