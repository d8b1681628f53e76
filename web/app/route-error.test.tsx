import { describe, expect, it, vi } from "vitest";

import { screen, setupMockPanel, within } from "../testing";
import { openSignedIn } from "../testing/app-session";

// A route that throws outside any view's own boundary (as a route whose code failed to load does).
vi.mock("./routes/func-route", () => ({
  FuncRoute: () => {
    throw new Error("Failed to fetch dynamically imported module");
  },
}));

setupMockPanel();

describe("a route that fails", () => {
  it("says so with Reload and a way home, and keeps the menu", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await openSignedIn("/dcimgr/server");
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("This view could not be shown");
    expect(within(alert).getByRole("button", { name: "Reload" })).toBeVisible();
    expect(within(alert).getByRole("link", { name: "Go to the start page" })).toHaveAttribute(
      "href",
      "/dcimgr",
    );
    expect(await screen.findByRole("navigation", { name: "Main menu" })).toBeVisible();
    expect(logged.mock.calls.some((call) => String(call[0]).includes("a route failed"))).toBe(true);
  });
});
