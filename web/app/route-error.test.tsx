import { describe, expect, it, vi } from "vitest";

import { screen, setupMockPanel, within } from "../testing";
import { openSignedIn } from "../testing/app-session";
import { findCrashedView } from "../testing/crashed-view";
import type * as FuncRouteModule from "./routes/func-route";

// A route that throws outside any view's own boundary, until it is mended.
const failing = vi.hoisted(() => ({ on: true }));
vi.mock("./routes/func-route", async (importOriginal) => {
  const original = await importOriginal<typeof FuncRouteModule>();
  return {
    FuncRoute: () => {
      if (failing.on) throw new Error("Failed to fetch dynamically imported module");
      return original.FuncRoute();
    },
  };
});

setupMockPanel();

describe("a route that fails", () => {
  it("says so with Reload and a way home, keeps the menu, and is drawn again from the menu", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { user } = await openSignedIn("/dcimgr/server");
    await findCrashedView();
    const menu = await screen.findByRole("navigation", { name: "Main menu" });
    expect(logged.mock.calls.some((call) => String(call[0]).includes("a route failed"))).toBe(true);

    // The same address again, from the menu: drawn afresh, not the error kept.
    failing.on = false;
    await user.click(within(menu).getByRole("link", { name: "Servers" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Servers" })).toBeVisible();
    expect(screen.queryByText("This view could not be shown")).toBeNull();
  });
});
