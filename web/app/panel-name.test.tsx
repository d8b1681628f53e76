import { describe, expect, it } from "vitest";

import { render } from "@testing-library/react";

import { screen, setupMockPanel, within } from "../testing";
import { openSignedIn } from "../testing/app-session";
import { useSessionStore } from "../api/session-store";
import { App } from "./app";
import { panelFromPath } from "./config";
import { captureKeyLogin } from "./key-login";
import { menuEntry } from "../testing/toolbar";

// A panel that is not DCImanager by name: everything must follow the address.
const { emulator } = setupMockPanel({ config: { panel: "ispmgr" } });

describe("the panel name", () => {
  it("comes from the address, for the requests and every link", async () => {
    useSessionStore.getState().setPanel("ispmgr");
    const { user } = await openSignedIn("/ispmgr/server");
    expect(await screen.findByRole("heading", { name: "Servers" })).toBeVisible();
    const menu = screen.getByRole("navigation", { name: "Main menu" });
    expect(within(menu).getByRole("link", { name: "Switches" })).toHaveAttribute(
      "href",
      "/ispmgr/switch",
    );
    await user.click(screen.getByRole("row", { name: /S-R01-01/ }));
    await user.click(await menuEntry(user, "Open", "IP addresses"));
    expect(await screen.findByRole("heading", { name: "IP addresses" })).toBeVisible();
    expect(window.location.pathname).toBe("/ispmgr/iplist");
  });
});

describe("the /manager/<panel> address", () => {
  it("names the same panel as /<panel>", () => {
    expect(panelFromPath("/manager/ispmgr/server.edit")).toBe("ispmgr");
    expect(panelFromPath("/manager/ispmgr")).toBe("ispmgr");
    expect(panelFromPath("/ispmgr/server")).toBe("ispmgr");
    expect(panelFromPath("/manager")).toBe("manager");
    expect(panelFromPath("/")).toBeUndefined();
  });

  it("opens the same views", async () => {
    useSessionStore.getState().setPanel("ispmgr");
    await openSignedIn("/manager/ispmgr/server?p_num=1");
    expect(await screen.findByRole("heading", { name: "Servers" })).toBeVisible();
    expect(window.location.pathname).toBe("/ispmgr/server");
  });

  it("never leaves the app for another host, as /manager//host would", async () => {
    useSessionStore.getState().setPanel("ispmgr");
    await openSignedIn("/manager//evil.example/x");
    // The app goes on at its root (the default panel's door), drawn, not torn down.
    expect(await screen.findByRole("heading", { level: 1 })).toBeVisible();
    expect(window.location.host).not.toBe("evil.example");
    expect(window.location.pathname).not.toMatch(/^\/\//);
    expect(window.location.pathname).not.toContain("evil.example");
  });

  it("completes a key login sent to it", async () => {
    const reply = await emulator.handle(
      new Request(
        "http://panel.test/ispmgr?authinfo=admin:admin&out=json&func=session.newkey&username=acme&key=acme-billing-key-0003",
      ),
      "127.0.0.1",
    );
    expect(await reply.text()).toContain('"ok"');
    window.history.replaceState(
      null,
      "",
      "/manager/ispmgr?func=auth&username=acme&key=acme-billing-key-0003&startform=sshpubkey",
    );
    expect(captureKeyLogin()).toBe(true);
    render(<App />);
    expect(await screen.findByRole("heading", { name: "SSH keys" })).toBeVisible();
    expect(window.location.pathname).toBe("/ispmgr/sshpubkey");
    expect(useSessionStore.getState()).toMatchObject({ username: "acme", panel: "ispmgr" });
  });
});
