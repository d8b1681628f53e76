import { describe, expect, it } from "vitest";

import { screen, setupMockPanel, within } from "../testing";
import { openSignedIn } from "../testing/app-session";
import { useSessionStore } from "../api/session-store";

// A panel that is not DCImanager by name: everything must follow the address.
setupMockPanel({ config: { panel: "ispmgr" } });

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
    await user.click(screen.getByRole("button", { name: "IP addresses" }));
    expect(await screen.findByRole("heading", { name: "IP addresses" })).toBeVisible();
    expect(window.location.pathname).toBe("/ispmgr/iplist");
  });
});
