import { act, render } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { announceSignOut } from "../api/session-share";
import { useSessionStore } from "../api/session-store";
import { screen, setupMockPanel, userEvent, waitFor, within } from "../testing";
import { openSignedIn } from "../testing/app-session";
import { App } from "./app";
import { captureKeyLogin } from "./key-login";

const { emulator } = setupMockPanel();

const serverNames = (owner?: string) =>
  emulator.state.servers.filter((srv) => owner === undefined || srv.owner === owner).length;

async function rowCount(): Promise<number> {
  const table = await screen.findByRole("grid");
  return within(table).getAllByRole("row").length - 1;
}

async function signInOnLoginPage(username: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText("Username"), username);
  await user.type(screen.getByLabelText("Password"), username);
  await user.click(screen.getByRole("button", { name: "Log in" }));
}

function menu() {
  return screen.getByRole("navigation", { name: "Main menu" });
}

describe("one identity at a time", () => {
  it("shows a customer who signs in after another tab signed the operator out only their own data", async () => {
    await openSignedIn("/dcimgr/server");
    expect(await rowCount()).toBe(serverNames());
    expect(await within(menu()).findByRole("link", { name: "Users" })).toBeVisible();

    // Another tab of the same browser logs the shared session out.
    announceSignOut("dcimgr", useSessionStore.getState().sessionId ?? "");
    await signInOnLoginPage("acme");

    expect(await screen.findByRole("heading", { name: "Servers" })).toBeVisible();
    await waitFor(async () => {
      expect(await rowCount()).toBe(serverNames("acme"));
    });
    expect(within(menu()).queryByRole("link", { name: "Users" })).not.toBeInTheDocument();
    expect(screen.queryByText("S-R01-03")).not.toBeInTheDocument();
  });

  it("drops the operator's page, drafts and selection when another user signs in after expiry", async () => {
    const { user } = await openSignedIn("/dcimgr/sshpubkey.edit");
    await user.type(await screen.findByLabelText(/Name/), "operator's key");
    expect(Object.keys(sessionStorage).some((key) => key.includes("draft"))).toBe(true);
    emulator.sessions.clear();
    await user.click(within(menu()).getByRole("link", { name: "Servers" }));
    const dialog = await screen.findByRole("dialog", { name: "Your session has expired" });
    await user.click(within(dialog).getByRole("button", { name: "Log out" }));
    expect(Object.keys(sessionStorage).some((key) => key.includes("draft"))).toBe(false);

    await signInOnLoginPage("globex");
    await waitFor(async () => {
      expect(await rowCount()).toBe(serverNames("globex"));
    });
    window.history.pushState(null, "", "/dcimgr/sshpubkey.edit");
    await user.click(within(menu()).getByRole("link", { name: "SSH keys" }));
    await user.click(await screen.findByRole("button", { name: "Add" }));
    expect(await screen.findByLabelText(/Name/)).toHaveValue("");
    expect(screen.queryByText(/has been restored/)).not.toBeInTheDocument();
  });

  it("replaces a signed-in operator with the customer of a key link, without the operator's data", async () => {
    await openSignedIn("/dcimgr/server");
    expect(await rowCount()).toBe(serverNames());
    const reply = await emulator.handle(
      new Request(
        "http://panel.test/dcimgr?authinfo=admin:admin&out=json&func=session.newkey&username=acme&key=acme-billing-key-0002",
      ),
      "127.0.0.1",
    );
    expect(await reply.text()).toContain('"ok"');
    // The browser follows billing's link: a new page load in the same tab.
    document.body.innerHTML = "";
    window.history.replaceState(
      null,
      "",
      "/dcimgr?func=auth&username=acme&key=acme-billing-key-0002",
    );
    captureKeyLogin();
    render(<App />);
    await screen.findByRole("heading", { name: "Servers" });
    await waitFor(async () => {
      expect(await rowCount()).toBe(serverNames("acme"));
    });
    expect(useSessionStore.getState()).toMatchObject({ username: "acme", viaKey: true });
  });

  it("lets an operator act as a customer, across a reload, and return with none of their data", async () => {
    const { user, unmount } = await openSignedIn("/dcimgr/user");
    await user.click(await screen.findByRole("row", { name: /acme/ }));
    await user.click(screen.getByRole("button", { name: "Log in as user" }));

    expect(await screen.findByRole("region", { name: "Acting as acme" })).toBeVisible();
    await waitFor(async () => {
      expect(await rowCount()).toBe(serverNames("acme"));
    });
    expect(within(menu()).queryByRole("link", { name: "Users" })).not.toBeInTheDocument();
    expect(emulator.state.journal.at(-1)).toMatchObject({ user: "admin", func: "user.su" });
    // The customer's console, not the operator's: their short list has no column chooser.
    await waitFor(() => {
      expect(screen.queryByRole("button", { name: "Columns" })).not.toBeInTheDocument();
    });

    // What the customer's session does is journalled as the operator acting as them.
    await user.click(screen.getByRole("checkbox", { name: /Select S-R01-02/ }));
    // A customer's first toolbar group is power: its buttons are in the row, not in a menu.
    await user.click(screen.getByRole("button", { name: "Power off" }));
    await user.click(
      within(screen.getByRole("dialog", { name: "Power off" })).getByRole("button", {
        name: "Power off",
      }),
    );
    await waitFor(() => {
      expect(emulator.state.journal.at(-1)).toMatchObject({
        user: "admin",
        asuser: "acme",
        func: "server.poweroff",
      });
    });

    // A reload of the tab keeps acting.
    unmount();
    render(<App />);
    expect(await screen.findByRole("region", { name: "Acting as acme" })).toBeVisible();
    await waitFor(async () => {
      expect(await rowCount()).toBe(serverNames("acme"));
    });

    await user.click(screen.getByRole("button", { name: "Return to my account" }));
    expect(await screen.findByRole("heading", { name: "Users" })).toBeVisible();
    expect(window.location.pathname).toBe("/dcimgr/user");
    expect(screen.queryByRole("region", { name: /Acting as/ })).not.toBeInTheDocument();
    await user.click(within(menu()).getByRole("link", { name: "Servers" }));
    await waitFor(async () => {
      expect(await rowCount()).toBe(serverNames());
    });
    expect(screen.getByRole("button", { name: "Columns" })).toBeVisible();
  });

  it("starts with no selection when the identity changes under the same page", async () => {
    const { user } = await openSignedIn("/dcimgr/server");
    await user.click(await screen.findByRole("checkbox", { name: "Select S-R01-01" }));
    expect(screen.getByRole("checkbox", { name: "Select S-R01-01" })).toBeChecked();
    act(() => {
      useSessionStore.getState().enterSu("acme", "/dcimgr/server");
    });
    // acme owns S-R01-01 too: the same row on the same page, under another identity.
    await waitFor(async () => {
      expect(await rowCount()).toBe(serverNames("acme"));
    });
    expect(screen.getByRole("checkbox", { name: "Select S-R01-01" })).not.toBeChecked();
  });

  it("tells two customers who came by links without a username apart", async () => {
    for (const [name, key] of [
      ["acme", "acme-keyless-link-0001"],
      ["globex", "globex-keyless-link-01"],
    ] as const) {
      const reply = await emulator.handle(
        new Request(
          `http://panel.test/dcimgr?authinfo=admin:admin&out=json&func=session.newkey&username=${name}&key=${key}`,
        ),
        "127.0.0.1",
      );
      expect(await reply.text()).toContain('"ok"');
    }
    window.history.replaceState(null, "", "/dcimgr?func=auth&key=acme-keyless-link-0001");
    captureKeyLogin();
    const first = render(<App />);
    await waitFor(async () => {
      expect(await rowCount()).toBe(serverNames("acme"));
    });
    expect(useSessionStore.getState().username).toBe("acme");
    first.unmount();

    window.history.replaceState(null, "", "/dcimgr?func=auth&key=globex-keyless-link-01");
    captureKeyLogin();
    render(<App />);
    await waitFor(async () => {
      expect(await rowCount()).toBe(serverNames("globex"));
    });
    expect(useSessionStore.getState().username).toBe("globex");
  });
});

describe("an address of a function the panel never offered as a view", () => {
  it("asks before opening it, and opening the page changes nothing", async () => {
    const before = JSON.stringify(emulator.state.servers);
    const { user } = await openSignedIn("/dcimgr/server.poweroff?elid=1&sok=ok", "admin", "admin", {
      cold: true,
    });
    expect(await screen.findByRole("heading", { name: "Open this function?" })).toBeVisible();
    expect(screen.getByText("server.poweroff?elid=1")).toBeVisible();
    expect(JSON.stringify(emulator.state.servers)).toBe(before);
    await user.click(screen.getByRole("link", { name: "Go to the start page" }));
    expect(await screen.findByRole("heading", { name: "Servers" })).toBeVisible();
    expect(JSON.stringify(emulator.state.servers)).toBe(before);
  });

  it("opens menu items, forms and what the console itself linked to without asking", async () => {
    await openSignedIn("/dcimgr/switch", "admin", "admin", { cold: true });
    expect(await screen.findByRole("heading", { name: "Switches" })).toBeVisible();
    window.history.pushState(null, "", "/dcimgr/server.edit?elid=1");
    window.dispatchEvent(new PopStateEvent("popstate"));
    expect(await screen.findByRole("heading", { name: /S-R01-01|Server/ })).toBeVisible();
  });
});
