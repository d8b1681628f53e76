import { afterEach, describe, expect, it } from "vitest";

import { useTaskStore } from "./task-store";

const owner = "dcimgr:admin";

afterEach(() => {
  localStorage.clear();
  useTaskStore.getState().load(null);
});

describe("the task store", () => {
  it("loads what another tab or version stored only where it is a task, never a link off the app", () => {
    const running = {
      progressId: "p1",
      label: "Install: S-R01-03",
      to: "/dcimgr/server",
      startedAt: Date.now(),
      state: "running",
      percent: 40,
      comment: "",
    };
    localStorage.setItem(
      `dci-console.tasks.${owner}`,
      JSON.stringify([
        running,
        { ...running, progressId: "p2", to: "//evil.example/phish" },
        { ...running, progressId: "p3", to: "https://evil.example/" },
        { ...running, progressId: "p4", label: { html: "<b>x</b>" } },
        { ...running, progressId: "p5", state: "exploded" },
        "not a task",
        null,
      ]),
    );
    useTaskStore.getState().load(owner);
    expect(useTaskStore.getState().tasks.map((task) => task.progressId)).toEqual(["p1"]);
  });

  it("loads nothing from storage that is not a list", () => {
    localStorage.setItem(`dci-console.tasks.${owner}`, '{"progressId":"p1"}');
    useTaskStore.getState().load(owner);
    expect(useTaskStore.getState().tasks).toEqual([]);
  });
});
