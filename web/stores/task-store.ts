import { create } from "zustand";

import { appAddress } from "./app-address";

/** A long operation started here: what it was and how far it got. */
export interface Task {
  progressId: string;
  label: string;
  /** Where it was started from, to look at the object again: an address inside the app. */
  to?: `/${string}`;
  /** The object it runs on (the form's `elid`), so its row in `to` shows the progress. */
  key?: string;
  startedAt: number;
  /** `pending` until the panel first reports it; an operation it never reports is dropped. */
  state: "pending" | "running" | "done";
  percent: number;
  comment: string;
}

interface TaskState {
  owner?: string;
  tasks: Task[];
  /** Loads the tasks of this panel and user (null: signed out, none). */
  load: (owner: string | null) => void;
  add: (task: Pick<Task, "progressId" | "label" | "to" | "key">) => void;
  update: (progressId: string, change: Partial<Task>) => void;
  remove: (progressId: string) => void;
  clearDone: () => void;
}

const storageKey = (owner: string) => `dci-console.tasks.${owner}`;
/** Finished tasks kept for looking back, newest first. */
const keptDone = 10;
/** Operations watched at once; older ones make room. */
const keptRunning = 20;
/** A task the panel has not reported by then never will be: it is dropped when loaded. */
const pendingMs = 2 * 60_000;

const states = new Set<unknown>(["pending", "running", "done"]);

/**
 * A task as this console stored it. Storage is another tab's or another version's to write, so
 * anything else is left out rather than drawn: a link to `//host` would lead to another site.
 */
function isTask(value: unknown): value is Task {
  if (typeof value !== "object" || value === null) return false;
  const task = value as Record<string, unknown>;
  const text = (field: unknown) => typeof field === "string";
  return (
    text(task.progressId) &&
    text(task.label) &&
    text(task.comment) &&
    typeof task.startedAt === "number" &&
    typeof task.percent === "number" &&
    states.has(task.state) &&
    (task.key === undefined || text(task.key)) &&
    (task.to === undefined || appAddress(task.to) !== undefined)
  );
}

function read(owner: string): Task[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey(owner)) ?? "[]");
    return Array.isArray(stored) ? stored.filter(isTask) : [];
  } catch {
    return [];
  }
}

function write(owner: string | undefined, tasks: Task[]) {
  if (!owner) return;
  try {
    localStorage.setItem(storageKey(owner), JSON.stringify(tasks));
  } catch {
    // Without storage the tasks last as long as the page.
  }
}

/**
 * Long operations started from this console, per panel and user in localStorage (a progress
 * id is no secret), so the task panel survives a reload and signing in again; another user
 * sees only their own.
 */
export const useTaskStore = create<TaskState>()((set, get) => {
  const save = (tasks: Task[]) => {
    const running = tasks.filter((task) => task.state !== "done").slice(0, keptRunning);
    const done = tasks.filter((task) => task.state === "done").slice(0, keptDone);
    const kept = [...running, ...done];
    write(get().owner, kept);
    set({ tasks: kept });
  };
  return {
    owner: undefined,
    tasks: [],
    load: (owner) => {
      const now = Date.now();
      const tasks = owner
        ? read(owner).filter((task) => task.state !== "pending" || now - task.startedAt < pendingMs)
        : [];
      set({ owner: owner ?? undefined, tasks });
    },
    add: (task) => {
      save([
        { ...task, startedAt: Date.now(), state: "pending", percent: 0, comment: "" },
        ...get().tasks,
      ]);
    },
    update: (progressId, change) => {
      const task = get().tasks.find((candidate) => candidate.progressId === progressId);
      const same = Object.entries(change).every(
        ([name, value]) => task?.[name as keyof Task] === value,
      );
      if (!task || same) return;
      save(
        get().tasks.map((task) => (task.progressId === progressId ? { ...task, ...change } : task)),
      );
    },
    remove: (progressId) => {
      save(get().tasks.filter((task) => task.progressId !== progressId));
    },
    clearDone: () => {
      save(get().tasks.filter((task) => task.state !== "done"));
    },
  };
});
