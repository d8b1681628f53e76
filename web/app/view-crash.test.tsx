import { describe, expect, it, vi } from "vitest";

import { screen, setupMockPanel } from "../testing";
import { openSignedIn } from "../testing/app-session";
import { findCrashedView } from "../testing/crashed-view";

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
    await findCrashedView();
    expect(screen.getByRole("navigation", { name: "Main menu" })).toBeVisible();
    const report = logged.mock.calls.find((call) => String(call[0]).includes("a view failed"));
    expect(report?.[1]).toBeInstanceOf(Error);
    expect(report?.[2]).toMatchObject({ document: { kind: "list", func: "server" } });
  });
});
