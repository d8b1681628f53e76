import { act } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";

import { screen, setupMockPanel } from "../testing";
import { newRoot, unmountRoots } from "../testing/roots";

setupMockPanel();

/**
 * Reloads a signed-out tab that chose Russian: the modules are fresh (the test setup's Russian
 * words are not there), and the session store finds the language in sessionStorage.
 */
async function reloadInRussian() {
  sessionStorage.setItem(
    "dci-console.session",
    JSON.stringify({ state: { panel: "dcimgr", lang: "ru", status: "anonymous" }, version: 0 }),
  );
  window.history.replaceState(null, "", "/dcimgr/login");
  vi.resetModules();
  const { startConsole } = await import("./start");
  const { useSessionStore } = await import("../api/session-store");
  const { root, container } = newRoot();
  return { start: () => startConsole(root), container, useSessionStore };
}

afterEach(() => {
  vi.doUnmock("../ui/strings-ru");
  unmountRoots();
});

describe("a tab reloaded in Russian", () => {
  it("draws nothing until the Russian words are here, then the login page in them", async () => {
    let arrive: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => {
      arrive = resolve;
    });
    vi.doMock("../ui/strings-ru", async (original) => {
      await arrived;
      return original();
    });
    const { start, container } = await reloadInRussian();
    await act(async () => {
      const started = start();
      // Longer than the other tabs are asked for a session (300 ms): booting waits for the words.
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(container).toBeEmptyDOMElement();
      arrive();
      await started;
    });
    expect(screen.getByLabelText("Имя пользователя")).toBeVisible();
    expect(screen.queryByLabelText("Username")).toBeNull();
  });

  it("draws the login page in English when the Russian words cannot be loaded, and logs it", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    vi.doMock("../ui/strings-ru", () => {
      throw new Error("chunk failed");
    });
    const { start, useSessionStore } = await reloadInRussian();
    await act(start);
    expect(screen.getByLabelText("Username")).toBeVisible();
    expect(useSessionStore.getState().lang).toBe("en");
    expect(logged).toHaveBeenCalledWith(
      expect.stringContaining('the words of "ru" could not be loaded'),
      expect.any(Error),
    );
  });
});
