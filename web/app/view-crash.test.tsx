import { describe, expect, it, vi } from "vitest";

import { screen, setupMockPanel, within } from "../testing";
import { openSignedIn } from "../testing/app-session";

vi.mock("../views/list/list-table", () => ({
  ListTable: () => {
    throw new Error("a renderer bug");
  },
}));

setupMockPanel();

describe("an exception in one view", () => {
  it("shows a message with Reload and a way home, keeps the menu, and logs the document", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await openSignedIn("/dcimgr/server");
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("This view could not be shown");
    expect(within(alert).getByRole("button", { name: "Reload" })).toBeVisible();
    expect(within(alert).getByRole("link", { name: "Go to the start page" })).toHaveAttribute(
      "href",
      "/dcimgr",
    );
    expect(screen.getByRole("navigation", { name: "Main menu" })).toBeVisible();
    const report = logged.mock.calls.find((call) => String(call[0]).includes("a view failed"));
    expect(report?.[1]).toBeInstanceOf(Error);
    expect(report?.[2]).toMatchObject({ document: { kind: "list", func: "server" } });
  });
});
