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
        { ...running, progressId: "p1b", to: undefined, key: "3" },
        { ...running, progressId: "p2", to: "//evil.example/phish" },
        { ...running, progressId: "p3", to: "https://evil.example/" },
        { ...running, progressId: "p4", label: { html: "<b>x</b>" } },
        { ...running, progressId: "p5", state: "exploded" },
        "not a task",
        null,
      ]),
    );
    useTaskStore.getState().load(owner);
    expect(useTaskStore.getState().tasks.map((task) => task.progressId)).toEqual(["p1", "p1b"]);
  });

  it("loads back every task it stored itself, with or without where it came from", () => {
    useTaskStore.getState().load(owner);
    useTaskStore
      .getState()
      .add({ progressId: "a", label: "Install", to: "/dcimgr/server", key: "3" });
    useTaskStore.getState().add({ progressId: "b", label: "Reboot" });
    useTaskStore.getState().update("a", { state: "running", percent: 40, comment: "Copying" });
    useTaskStore.getState().load(null);
    useTaskStore.getState().load(owner);
    expect(useTaskStore.getState().tasks.map((task) => task.progressId)).toEqual(["b", "a"]);
  });

  it("loads nothing from storage that is not a list", () => {
    localStorage.setItem(`dci-console.tasks.${owner}`, '{"progressId":"p1"}');
    useTaskStore.getState().load(owner);
    expect(useTaskStore.getState().tasks).toEqual([]);
  });
});
