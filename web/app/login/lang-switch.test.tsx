import { act, render } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import { prepareLanguagesWith, useSessionStore, type Lang } from "../../api/session-store";
import { screen, userEvent } from "../../testing";
import { LoginApp } from "./login-app";

/** Languages whose words arrive (or fail to) when the test says so; English is always here. */
function wordsOnCue() {
  const cues = new Map<Lang, { settle: (error?: Error) => void; settled: Promise<unknown> }>();
  prepareLanguagesWith((lang) => {
    if (lang === "en") return undefined;
    let settle: (error?: Error) => void = () => undefined;
    const words = new Promise<void>((resolve, reject) => {
      settle = (error) => {
        if (error) reject(error);
        else resolve();
      };
    });
    cues.set(lang, { settle, settled: words.catch(() => undefined) });
    return words;
  });
  const settle = async (lang: Lang, error?: Error) => {
    const cue = cues.get(lang);
    if (!cue) throw new Error(`Nobody asked for the words of ${lang}`);
    await act(async () => {
      cue.settle(error);
      await cue.settled;
    });
  };
  return {
    arrive: (lang: Lang) => settle(lang),
    fail: (lang: Lang) => settle(lang, new Error("chunk failed")),
  };
}

function openLoginPage() {
  render(<LoginApp at={{ panel: "dcimgr", page: "login", from: "/dcimgr" }} open={vi.fn()} />);
  return userEvent.setup();
}

afterEach(() => {
  prepareLanguagesWith(() => undefined);
});

describe("switching the language on the login page", () => {
  it("keeps the old words until the new ones are here, then switches", async () => {
    const words = wordsOnCue();
    const user = openLoginPage();
    await user.selectOptions(screen.getByLabelText("Language"), "ru");

    // Still English everywhere, the requests' language too; the select shows the choice.
    expect(screen.getByLabelText("Username")).toBeVisible();
    expect(screen.getByRole("button", { name: "Log in" })).toBeVisible();
    expect(screen.getByLabelText("Language")).toHaveValue("ru");
    expect(useSessionStore.getState().lang).toBe("en");
    expect(document.documentElement.lang).toBe("en");

    await words.arrive("ru");
    expect(screen.getByLabelText("Имя пользователя")).toBeVisible();
    expect(screen.getByRole("button", { name: "Войти" })).toBeVisible();
    expect(screen.getByLabelText("Язык")).toHaveValue("ru");
    expect(useSessionStore.getState().lang).toBe("ru");
    expect(document.documentElement.lang).toBe("ru");
  });

  it("keeps the old language when the new one's words cannot be loaded, and says so in the log", async () => {
    const words = wordsOnCue();
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const user = openLoginPage();
    await user.selectOptions(screen.getByLabelText("Language"), "ru");
    await words.fail("ru");

    expect(logged).toHaveBeenCalledWith(
      expect.stringContaining('the words of "ru" could not be loaded'),
      expect.any(Error),
    );
    expect(screen.getByLabelText("Username")).toBeVisible();
    expect(screen.getByLabelText("Language")).toHaveValue("en");
    expect(useSessionStore.getState().lang).toBe("en");

    // Asking again tries again.
    await user.selectOptions(screen.getByLabelText("Language"), "ru");
    await words.arrive("ru");
    expect(screen.getByLabelText("Имя пользователя")).toBeVisible();
  });

  it("does not switch to a language chosen earlier whose words came after a later choice", async () => {
    const words = wordsOnCue();
    const user = openLoginPage();
    await user.selectOptions(screen.getByLabelText("Language"), "ru");
    // English is always here: choosing it back is at once, and the late Russian words change nothing.
    act(() => {
      void useSessionStore.getState().setLang("en");
    });
    await words.arrive("ru");
    expect(screen.getByLabelText("Username")).toBeVisible();
    expect(useSessionStore.getState().lang).toBe("en");
  });
});
