import { describe, expect, it, vi } from "vitest";

import { setupMockPanel } from "../testing";
import { openSignedIn } from "../testing/app-session";
import { findCrashedView } from "../testing/crashed-view";

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
    await findCrashedView();
    expect(logged).toHaveBeenCalled();
  });
});
