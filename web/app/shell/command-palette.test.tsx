import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { screen, setupMockPanel, waitFor, within } from "../../testing";
import { openSignedIn } from "../../testing/app-session";
import { App } from "../app";

const { emulator } = setupMockPanel();

describe("the command palette", () => {
  it("opens with Ctrl+K and goes to a menu item by typing and Enter", async () => {
    const { user } = await openSignedIn("/dcimgr/server");
    await screen.findByRole("grid");
    await user.keyboard("{Control>}k{/Control}");
    const palette = await screen.findByRole("dialog", { name: "Go to or do" });
    await user.type(within(palette).getByRole("combobox"), "racks");
    expect(within(palette).getByRole("option", { name: /Racks/ })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    await user.keyboard("{Enter}");
    expect(await screen.findByRole("heading", { name: "Racks" })).toBeVisible();
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  it("runs the list's actions for the selection, and says why one cannot run", async () => {
    const { user } = await openSignedIn("/dcimgr/server");
    await user.click(await screen.findByRole("row", { name: /S-R01-03/ }));
    await user.keyboard("/");
    const palette = await screen.findByRole("dialog", { name: "Go to or do" });
    await user.type(within(palette).getByRole("combobox"), "power o");
    expect(within(palette).getByRole("option", { name: /Power off/ })).toHaveTextContent(
      "Not available for S-R01-03",
    );
    await user.keyboard("{ArrowDown}{ArrowUp}");
    expect(within(palette).getByRole("option", { name: /Power on/ })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    await user.keyboard("{Enter}");
    const confirm = await screen.findByRole("dialog", { name: "Power on" });
    await user.click(within(confirm).getByRole("button", { name: "Power on" }));
    await waitFor(() => {
      expect(emulator.state.servers[2]?.power).toBe("on");
    });
  });

  it("offers the objects opened lately", async () => {
    const { user } = await openSignedIn("/dcimgr/server");
    await user.click(await screen.findByRole("row", { name: /S-R01-02/ }));
    await user.click(screen.getByRole("button", { name: "Edit" }));
    await screen.findByRole("heading", { name: "Server: S-R01-02" });
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    await screen.findByRole("heading", { name: "Servers" });
    await user.keyboard("{Control>}k{/Control}");
    const palette = await screen.findByRole("dialog", { name: "Go to or do" });
    await user.type(within(palette).getByRole("combobox"), "S-R01-02");
    expect(within(palette).getByRole("option", { name: /Server: S-R01-02/ })).toHaveTextContent(
      "Recent",
    );
    await user.keyboard("{Enter}");
    expect(await screen.findByRole("heading", { name: "Server: S-R01-02" })).toBeVisible();
  });
});

describe("keyboard ways around", () => {
  it("opens the first match of the menu filter on Enter, and focuses the new page's heading", async () => {
    const { user } = await openSignedIn("/dcimgr/server");
    await screen.findByRole("grid");
    await user.type(screen.getByRole("searchbox", { name: "Find in menu" }), "swi{Enter}");
    const heading = await screen.findByRole("heading", { name: "Switches" });
    await waitFor(() => {
      expect(heading).toHaveFocus();
    });
    expect(screen.getByRole("link", { name: "Skip to content" })).toHaveAttribute("href", "#main");
  });
});

describe("menu favourites", () => {
  it("pins an item to the top for this user, across a reload, and not for another user", async () => {
    const { user, unmount } = await openSignedIn("/dcimgr/server");
    const menu = await screen.findByRole("navigation", { name: "Main menu" });
    await user.click(within(menu).getByRole("button", { name: "Favourite: Racks" }));
    const pinned = within(menu).getByRole("region", { name: "Favourites" });
    expect(within(pinned).getByRole("link", { name: "Racks" })).toBeVisible();
    const equipment = within(menu).getByRole("region", { name: "Equipment" });
    expect(
      within(equipment).getByRole("button", { name: "Favourite: Racks", pressed: true }),
    ).toBeVisible();

    unmount();
    const reloaded = render(<App />);
    const again = await screen.findByRole("navigation", { name: "Main menu" });
    expect(await within(again).findByRole("region", { name: "Favourites" })).toBeVisible();

    reloaded.unmount();
    await openSignedIn("/dcimgr/server", "globex", "globex");
    const theirs = await screen.findByRole("navigation", { name: "Main menu" });
    await within(theirs).findByRole("link", { name: "Servers" });
    expect(within(theirs).queryByRole("region", { name: "Favourites" })).not.toBeInTheDocument();
  });
});
