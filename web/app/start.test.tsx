import { act } from "react";
import { afterEach, describe, expect, it } from "vitest";

import { signIn } from "../api/auth";
import { useSessionStore } from "../api/session-store";
import { screen, setupMockPanel, userEvent, waitFor } from "../testing";
import { recordRequests } from "../testing/record-requests";
import { newRoot, unmountRoots } from "../testing/roots";
import { startConsole } from "./start";

/** The app's code is loaded after signing in; cold, in a test run, that takes a while. */
const appCode = { timeout: 5000 };

const { emulator, server } = setupMockPanel();

/** Boots the console as main.tsx does, at `path` (a reload of the address there is without it). */
async function bootAt(path?: string) {
  if (path !== undefined) window.history.replaceState(null, "", path);
  const { root } = newRoot();
  await act(() => startConsole(root));
  return userEvent.setup();
}

async function logIn(user: ReturnType<typeof userEvent.setup>, name = "admin") {
  await user.type(await screen.findByLabelText("Username"), name);
  await user.type(screen.getByLabelText("Password"), name);
  await user.click(screen.getByRole("button", { name: "Log in" }));
}

afterEach(unmountRoots);

describe("a tab that boots signed out", () => {
  it("gets the login page at once, then the start page after signing in", async () => {
    const user = await bootAt("/dcimgr");
    expect(screen.getByRole("heading", { name: "DCI Console" })).toBeVisible();
    expect(window.location.pathname).toBe("/dcimgr/login");
    await logIn(user);
    expect(
      await screen.findByRole("heading", { level: 1, name: "Servers" }, appCode),
    ).toBeVisible();
    expect(window.location.pathname).toBe("/dcimgr/server");
  });

  it("goes to the page it was asked for after signing in, also after a reload", async () => {
    await bootAt("/dcimgr/switch?p_num=1");
    expect(window.location.pathname).toBe("/dcimgr/login");
    unmountRoots();
    // A reload of the login page keeps where it leads (the router's state of the entry).
    const user = await bootAt();
    expect(window.location.pathname).toBe("/dcimgr/login");
    await logIn(user);
    await waitFor(() => {
      expect(`${window.location.pathname}${window.location.search}`).toBe("/dcimgr/switch?p_num=1");
    });
    expect(
      await screen.findByRole("heading", { level: 1, name: "Switches" }, appCode),
    ).toBeVisible();
  });

  it("says why a login was refused, and speaks the language chosen", async () => {
    const user = await bootAt("/");
    expect(window.location.pathname).toBe("/dcimgr/login");
    await user.selectOptions(screen.getByLabelText("Language"), "ru");
    expect(document.documentElement.lang).toBe("ru");
    await user.type(screen.getByLabelText("Имя пользователя"), "admin");
    await user.type(screen.getByLabelText("Пароль"), "nope");
    await user.click(screen.getByRole("button", { name: "Войти" }));
    expect(await screen.findByRole("alert")).toBeVisible();
    expect(window.location.pathname).toBe("/dcimgr/login");
    expect(useSessionStore.getState().status).toBe("anonymous");
  });

  it("explains a used key link on a reload of that page, and asks for no password", async () => {
    await bootAt("/dcimgr/key-expired");
    expect(await screen.findByText(/This login link cannot be used/)).toBeVisible();
    expect(screen.queryByLabelText("Password")).toBeNull();
  });

  it("leaves a key login to the router, which explains a used key", async () => {
    await bootAt("/dcimgr?func=auth&username=acme&key=never-issued-key");
    expect(await screen.findByText(/This login link cannot be used/)).toBeVisible();
    expect(window.location.pathname).toBe("/dcimgr/key-expired");
    expect(window.location.search).toBe("");
  });
});

describe("a tab that boots at a key link from billing", () => {
  it("signs in once, though React draws the app twice on purpose (StrictMode)", async () => {
    await emulator.handle(
      new Request(
        "http://panel.test/dcimgr?authinfo=admin:admin&out=json&func=session.newkey&username=acme&key=acme-strict-key-0001",
      ),
      "127.0.0.1",
    );
    const sent = recordRequests(server);
    await bootAt("/dcimgr?func=auth&username=acme&key=acme-strict-key-0001");
    expect(
      await screen.findByRole("heading", { level: 1, name: "Servers" }, appCode),
    ).toBeVisible();
    expect(useSessionStore.getState().username).toBe("acme");
    expect(sent.filter((params) => params.get("func") === "auth")).toHaveLength(1);
  });
});

describe("a tab that boots signed in", () => {
  it("gets the app at its address", async () => {
    await signIn({ username: "admin", password: "admin", lang: "en" });
    await bootAt("/dcimgr");
    expect(
      await screen.findByRole("heading", { level: 1, name: "Servers" }, appCode),
    ).toBeVisible();
    expect(screen.getByRole("navigation", { name: "Main menu" })).toBeVisible();
  });
});
