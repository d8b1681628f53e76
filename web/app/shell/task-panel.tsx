import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";

import { mgrKeys } from "../../api/keys";
import { progressQuery } from "../../api/progress";
import { useScope } from "../../api/scope";
import { useTaskStore, type Task } from "../../stores/task-store";
import { useToastStore } from "../../stores/toast-store";
import { useText } from "../../ui/lang-context";
import { Tabs } from "../../ui/tabs";
import { useDismiss } from "../../ui/use-dismiss";
import { Link } from "../../ui/link";
import { useTaskText } from "./task-texts";

/** Asks the panel about one operation until it stops reporting it, and records what it says. */
function TaskPoller({ task }: { task: Task }) {
  const tt = useTaskText();
  const scope = useScope();
  const queryClient = useQueryClient();
  const progress = useQuery(progressQuery(scope, task.progressId));
  const update = useTaskStore((state) => state.update);
  const remove = useTaskStore((state) => state.remove);
  const showToast = useToastStore((state) => state.show);
  const data = progress.data;
  const failed = progress.isError;
  useEffect(() => {
    // The panel cannot say: a task it never reported is dropped, a running one stays as it was.
    if (failed && task.state === "pending") remove(task.progressId);
  }, [failed, task.state, task.progressId, remove]);
  useEffect(() => {
    if (data === undefined) return;
    if (data !== null) {
      update(task.progressId, { state: "running", percent: data.percent, comment: data.comment });
      return;
    }
    // Never reported: the request was not a long one. Reported, then gone: it finished.
    if (task.state === "pending") remove(task.progressId);
    else if (task.state === "running") {
      update(task.progressId, { state: "done", percent: 100 });
      showToast(tt("taskFinished", { task: task.label }), "info");
      // Its object's row, the badges and the lists show what the operation left behind.
      void queryClient.invalidateQueries({ queryKey: mgrKeys.identity(scope) });
    }
  }, [
    data,
    task.progressId,
    task.state,
    task.label,
    update,
    remove,
    showToast,
    tt,
    queryClient,
    scope,
  ]);
  return null;
}

/** The panel's comment, after the percentage unless the comment already says one. */
function progressText({ percent, comment }: Task): string {
  return /\d\s*%/.test(comment) ? comment : `${String(percent)}% ${comment}`.trim();
}

/** Tasks with their progress and the panel's comment; each leads back to its object. */
function TaskList({ tasks }: { tasks: Task[] }) {
  const tt = useTaskText();
  return (
    <ul>
      {tasks.map((task) => (
        <li key={task.progressId}>
          {task.to ? <Link to={task.to}>{task.label}</Link> : <span>{task.label}</span>}
          <progress aria-label={task.label} value={task.percent} max={100} />
          <span className="task-comment">
            {task.state === "done" ? tt("taskDone") : progressText(task)}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * Long operations started here (an OS installation): a header button with how many run, and a
 * panel with each one's progress, kept across reloads and sign-ins of the same user.
 */
export function TaskPanel() {
  const t = useText();
  const tt = useTaskText();
  const tasks = useTaskStore((state) => state.tasks);
  const clearDone = useTaskStore((state) => state.clearDone);
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const close = useCallback((byKeyboard: boolean) => {
    setOpen(false);
    if (byKeyboard) toggle.current?.focus();
  }, []);
  useDismiss(root, open, close);
  const running = tasks.filter((task) => task.state === "running");
  const watched = tasks.filter((task) => task.state !== "done");
  const shown = tasks.filter((task) => task.state !== "pending");
  const done = tasks.filter((task) => task.state === "done");
  const [tab, setTab] = useState("running");
  return (
    <div className="task-panel" ref={root}>
      {watched.map((task) => (
        <TaskPoller key={task.progressId} task={task} />
      ))}
      {shown.length > 0 && (
        <button
          ref={toggle}
          type="button"
          className="btn btn-ghost"
          aria-expanded={open}
          onClick={() => {
            setOpen(!open);
          }}
        >
          {t("tasks")}
          {running.length > 0 && (
            <span
              className="badge badge-info"
              aria-label={tt("tasksRunning", { count: running.length })}
            >
              {running.length}
            </span>
          )}
        </button>
      )}
      {open && shown.length > 0 && (
        <section className="task-list" aria-label={t("tasks")}>
          {running.length > 0 && done.length > 0 ? (
            <Tabs
              label={t("tasks")}
              selected={tab}
              onSelect={setTab}
              tabs={[
                {
                  key: "running",
                  label: `${tt("tasksRunningTab")} (${String(running.length)})`,
                  panel: <TaskList tasks={running} />,
                },
                {
                  key: "done",
                  label: `${tt("tasksDoneTab")} (${String(done.length)})`,
                  panel: <TaskList tasks={done} />,
                },
              ]}
            />
          ) : (
            <TaskList tasks={shown} />
          )}
          {done.length > 0 && (
            <button type="button" className="btn btn-quiet" onClick={clearDone}>
              {tt("clearFinished")}
            </button>
          )}
        </section>
      )}
    </div>
  );
}
