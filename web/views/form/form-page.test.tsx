import { describe, expect, it } from "vitest";

import { screen, setupMockPanel } from "../../testing";
import { openSignedIn } from "../../testing/app-session";

setupMockPanel();

describe("a form as a page", () => {
  it("is titled with the name its address carries (elname), as a link from a list does", async () => {
    await openSignedIn("/dcimgr/server.edit?elid=1&elname=S-R01-01");
    expect(await screen.findByRole("heading", { level: 1, name: /: S-R01-01$/ })).toBeVisible();
  });
});

describe("a form's way out", () => {
  it("goes to its object's list when it was opened by its address, never off the app", async () => {
    // Typed in: nothing the console opened it from, and nothing of the app before it.
    const { user } = await openSignedIn("/dcimgr/server.edit?elid=3", "admin", "admin", {
      cold: true,
    });
    await user.click(await screen.findByRole("button", { name: "Cancel" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Servers" })).toBeVisible();
    expect(window.location.pathname).toBe("/dcimgr/server");
  });

  it("returns to the list it was opened from as Back does, leaving no second entry of it", async () => {
    const { user } = await openSignedIn("/dcimgr/server");
    const before = window.history.length;
    await user.click(await screen.findByRole("row", { name: /S-R01-02/ }));
    await user.click(screen.getByRole("button", { name: "Edit" }));
    await user.click(await screen.findByRole("button", { name: "Cancel" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Servers" })).toBeVisible();
    // It went back: the form's entry is ahead (Forward), not a second list behind.
    expect(window.history.length).toBe(before + 1);
    window.history.forward();
    expect(await screen.findByRole("button", { name: "Cancel" })).toBeVisible();
  });
});
