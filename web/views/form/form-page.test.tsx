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
