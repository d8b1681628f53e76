import { useEffect, useRef } from "react";

import { Button } from "../../ui/button";
import { useText } from "../../ui/lang-context";
import { errorMessage } from "../error-message";
import { useGroupText } from "./group-texts";
import type { GroupItem, GroupRun, ItemState } from "./use-group-run";

interface GroupResultsProps {
  run: GroupRun;
  onCancel: () => void;
  onDismiss: () => void;
  /** Selects the objects that were not done, to look at them or try again. */
  onSelectFailed: (keys: string[]) => void;
}

/**
 * A group action's result per object: a bar while it runs, then which were done, which the
 * panel refused (in its words), which may have been done, and which were not started.
 */
export function GroupResults({ run, onCancel, onDismiss, onSelectFailed }: GroupResultsProps) {
  const t = useText();
  const gt = useGroupText();
  const section = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // "Stop the rest" goes when the run ends: focus that was on it moves to the result, not away.
    const active = document.activeElement;
    if (run.finished && (active === document.body || section.current?.contains(active)))
      heading.current?.focus();
  }, [run.finished]);
  const counts = countStates(run.items);
  const total = run.items.length;
  const settled = total - counts.waiting - counts.running;
  const problems = run.items.filter((item) => item.state === "failed" || item.state === "unknown");
  const skipped = run.items.filter((item) => item.state === "skipped");
  const notDone = [...problems, ...skipped].map((item) => item.key);
  return (
    <section
      ref={section}
      className={`group-results${problems.length > 0 ? " group-results-failed" : ""}`}
      aria-labelledby="group-results-title"
    >
      <h2 id="group-results-title" className="group-results-title" ref={heading} tabIndex={-1}>
        {gt(run.finished ? "groupFinished" : "groupRunning", {
          action: run.caption,
          done: counts.done,
          total,
        })}
      </h2>
      {!run.finished && (
        <progress aria-labelledby="group-results-title" value={settled} max={Math.max(total, 1)} />
      )}
      <div role="status" className="group-results-counts">
        {[
          counts.failed > 0 && gt("groupFailedCount", { count: counts.failed }),
          counts.unknown > 0 && gt("groupUnknownCount", { count: counts.unknown }),
          counts.skipped > 0 && gt("groupSkippedCount", { count: counts.skipped }),
        ]
          .filter(Boolean)
          .join(" · ")}
      </div>
      {problems.length > 0 && (
        <ul className="group-results-list">
          {problems.map((item) => (
            <li key={item.key}>
              <strong>{item.name}</strong>: {errorMessage(item.error, t)}
            </li>
          ))}
        </ul>
      )}
      <div className="group-results-actions no-print">
        {run.finished ? (
          <>
            {notDone.length > 0 && (
              <Button
                onClick={() => {
                  onSelectFailed(notDone);
                }}
              >
                {gt("groupSelectNotDone")}
              </Button>
            )}
            <Button variant="quiet" onClick={onDismiss}>
              {t("dismiss")}
            </Button>
          </>
        ) : (
          <Button onClick={onCancel}>{gt("groupCancelRest")}</Button>
        )}
      </div>
    </section>
  );
}

/** How many objects are in each state. */
function countStates(items: GroupItem[]): Record<ItemState, number> {
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
