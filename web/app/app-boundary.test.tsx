import { describe, expect, it, vi } from "vitest";

import { screen, setupMockPanel, within } from "../testing";
import { openSignedIn } from "../testing/app-session";

// The panel's gate, outside every route's own boundary, throws.
vi.mock("./panel-gate", () => ({
  PanelGate: () => {
    throw new Error("The gate broke");
  },
}));

setupMockPanel();

describe("an error outside every route's boundary", () => {
  it("says so with Reload and a way home instead of a blank tab", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await openSignedIn("/dcimgr/server");
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("This view could not be shown");
    expect(within(alert).getByRole("button", { name: "Reload" })).toBeVisible();
    expect(within(alert).getByRole("link", { name: "Go to the start page" })).toHaveAttribute(
      "href",
      "/dcimgr",
    );
    expect(logged).toHaveBeenCalled();
  });
});
