import { describe, expect, it } from "vitest";

import { screen, setupMockPanel, waitFor } from "../../testing";
import { openSignedIn } from "../../testing/app-session";

setupMockPanel();

describe("focus that goes with its element", () => {
  it("lands on the page's heading when the next page of a list is drawn anew", async () => {
    const { user } = await openSignedIn("/dcimgr/server?p_cnt=3");
    const next = await screen.findByRole("button", { name: "Next" });
    next.focus();
    await user.keyboard("{Enter}");
    await waitFor(() => {
      expect(new URLSearchParams(window.location.search).get("p_num")).toBe("2");
    });
    await waitFor(() => {
      expect(document.activeElement).not.toBe(document.body);
    });
    // The page is drawn anew (its button too) while it loads: the heading says where one is.
    expect(screen.getByRole("heading", { level: 1, name: "Servers" })).toHaveFocus();
  });
});
