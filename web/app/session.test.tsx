import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { useSessionStore } from "../api/session-store";
import { usePrefsStore } from "../stores/prefs-store";
import { screen, setupMockPanel, userEvent, waitFor, within } from "../testing";
import { openSignedIn } from "../testing/app-session";
import { App } from "./app";
import { captureKeyLogin } from "./key-login";
import { menuEntry } from "../testing/toolbar";

const { emulator, server } = setupMockPanel();

async function newKey(username: string, key: string) {
  const response = await emulator.handle(
    new Request(
      `http://panel.test/dcimgr?authinfo=admin:admin&out=json&func=session.newkey&username=${username}&key=${key}`,
    ),
    "127.0.0.1",
  );
  expect(await response.text()).toContain('"ok"');
}

function openByKeyLink(url: string) {
  window.history.replaceState(null, "", url);
  captureKeyLogin();
  return { user: userEvent.setup(), ...render(<App />) };
}

describe("session expiry", () => {
  it("opens one sign-in dialog over the page, then finishes the action with the same selection", async () => {
    const { user } = await openSignedIn("/dcimgr/server");
    await user.click(await screen.findByRole("checkbox", { name: "Select S-R01-01" }));
    await user.click(screen.getByRole("checkbox", { name: "Select S-R01-02" }));
    emulator.sessions.clear();
    const funcs: string[] = [];
    server.events.on("request:start", ({ request }) => {
      void request
        .clone()
        .text()
        .then((body) => funcs.push(new URLSearchParams(body).get("func") ?? ""));
    });

    await user.click(await menuEntry(user, "Power", "Power off"));
    await user.click(
      within(screen.getByRole("dialog", { name: "Power off" })).getByRole("button", {
        name: "Power off",
      }),
    );
    const dialog = await screen.findByRole("dialog", { name: "Your session has expired" });
    expect(screen.getAllByRole("dialog")).toHaveLength(1);
    expect(within(dialog).getByLabelText("Username")).toHaveValue("admin");

    await user.type(within(dialog).getByLabelText("Password"), "wrong");
    await user.click(within(dialog).getByRole("button", { name: "Log in and continue" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent(
      "Wrong username or password.",
    );
    await user.clear(within(dialog).getByLabelText("Password"));
    await user.type(within(dialog).getByLabelText("Password"), "admin");
    await user.click(within(dialog).getByRole("button", { name: "Log in and continue" }));

    await waitFor(() => {
      expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    });
    await waitFor(() => {
      expect(emulator.state.servers.slice(0, 2).map((srv) => srv.power)).toEqual(["off", "off"]);
    });
    server.events.removeAllListeners();
    // One request per server, each refused for the expired session and sent again once.
    expect(funcs.filter((func) => func === "server.poweroff")).toHaveLength(4);
    expect(window.location.pathname).toBe("/dcimgr/server");
    expect(within(screen.getByRole("grid")).getAllByRole("row", { selected: true })).toHaveLength(
      2,
    );
  });

  it("tells a customer who came by key how to return, without asking for a password", async () => {
    await newKey("acme", "acme-billing-key-0001");
    openByKeyLink("/dcimgr?func=auth&username=acme&key=acme-billing-key-0001");
    expect(await screen.findByRole("heading", { name: "Servers" })).toBeVisible();
    emulator.sessions.clear();
    await userEvent.setup().click(screen.getByRole("link", { name: "SSH keys" }));
    const dialog = await screen.findByRole("dialog", { name: "Your session has expired" });
    expect(dialog).toHaveTextContent(/open the control panel again from your billing account/i);
    expect(within(dialog).queryByLabelText("Password")).not.toBeInTheDocument();
  });
});

describe("leaving from the expiry dialog", () => {
  it("shows the login page with the reason, and brings the next sign-in back to the page", async () => {
    const { user } = await openSignedIn("/dcimgr/switch");
    await screen.findByRole("heading", { name: "Switches" });
    emulator.sessions.clear();
    await user.click(screen.getByRole("link", { name: "PDUs" }));
    const dialog = await screen.findByRole("dialog", { name: "Your session has expired" });
    await user.click(within(dialog).getByRole("button", { name: "Log out" }));
    expect(await screen.findByText("Your session has ended. Please log in again.")).toBeVisible();
    await user.type(screen.getByLabelText("Username"), "admin");
    await user.type(screen.getByLabelText("Password"), "admin");
    await user.click(screen.getByRole("button", { name: "Log in" }));
    expect(await screen.findByRole("heading", { name: "PDUs" })).toBeVisible();
  });
});

describe("key login", () => {
  it("signs the customer in, takes the key out of the address and opens the requested page", async () => {
    await newKey("globex", "globex-billing-key-01");
    openByKeyLink(
      "/dcimgr?func=auth&username=globex&key=globex-billing-key-01&checkcookie=no&startform=sshpubkey",
    );
    expect(window.location.href).not.toContain("globex-billing-key-01");
    expect(await screen.findByRole("heading", { name: "SSH keys" })).toBeVisible();
    expect(window.location.pathname).toBe("/dcimgr/sshpubkey");
    expect(useSessionStore.getState()).toMatchObject({
      username: "globex",
      level: 16,
      viaKey: true,
    });
    await userEvent.setup().click(screen.getByRole("link", { name: "Servers" }));
    expect(await screen.findAllByRole("row")).toHaveLength(3);
  });

  it("explains a used or expired key instead of asking for a password", async () => {
    openByKeyLink("/dcimgr?func=auth&username=acme&key=never-issued-key-000");
    expect(await screen.findByText(/already been used or has expired/)).toBeVisible();
    expect(screen.queryByLabelText("Password")).not.toBeInTheDocument();
    expect(window.location.href).not.toContain("never-issued-key-000");
  });
});

describe("logout", () => {
  it("ends the session, empties the cache and the stores, and shows the login page", async () => {
    const { user } = await openSignedIn("/dcimgr/server");
    await screen.findByRole("grid");
    usePrefsStore.getState().setPageSize("dcimgr.server", 20);
    const sid = useSessionStore.getState().sessionId ?? "";
    await user.click(screen.getByRole("button", { name: "Log out" }));
    expect(await screen.findByRole("button", { name: "Log in" })).toBeVisible();
    expect(useSessionStore.getState()).toMatchObject({
      status: "anonymous",
      sessionId: undefined,
      username: undefined,
    });
    expect(usePrefsStore.getState().lists).toEqual({});
    expect(emulator.sessions.find(sid, emulator.now(), 3_600_000)).toBeUndefined();
    expect(sessionStorage.getItem("dci-console.session")).not.toContain(sid);
  });
});
