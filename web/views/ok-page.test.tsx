import { describe, expect, it, vi } from "vitest";

import { screen, setupMockPanel, waitFor } from "../testing";
import { openSignedIn } from "../testing/app-session";

const { emulator } = setupMockPanel();

/** The panel answers `demo.go` with this `ok` text, as an action does. */
function okFor(text: string) {
  const answer = emulator.handle.bind(emulator);
  vi.spyOn(emulator, "handle").mockImplementation(async (request, ip) => {
    const params = new URLSearchParams(await request.clone().text());
    if (params.get("func") !== "demo.go") return answer(request, ip);
    return Response.json({ doc: { $func: "demo.go", ok: text === "" ? {} : { $: text } } });
  });
}

describe("an ok document opened as a page", () => {
  it("opens the function its follow-up names", async () => {
    okFor("func=switch");
    await openSignedIn("/dcimgr/demo.go");
    expect(await screen.findByRole("heading", { name: "Switches" })).toBeVisible();
    expect(window.location.pathname).toBe("/dcimgr/switch");
  });

  it("opens a web address in a new window and says so", async () => {
    const open = vi.spyOn(window, "open").mockImplementation(() => null);
    okFor("https://ipmi.example.com/console");
    await openSignedIn("/dcimgr/demo.go");
    expect(await screen.findByText("The panel's answer was opened in a new window.")).toBeVisible();
    expect(open).toHaveBeenCalledWith(
      "https://ipmi.example.com/console",
      "_blank",
      "noopener,noreferrer",
    );
  });

  it("refuses an address that is no web page, and says a plain ok is done", async () => {
    const open = vi.spyOn(window, "open").mockImplementation(() => null);
    okFor("javascript:alert(1)");
    const { unmount } = await openSignedIn("/dcimgr/demo.go");
    expect(await screen.findByText(/not a web page; it was not opened/)).toBeVisible();
    expect(open).not.toHaveBeenCalled();
    unmount();
    vi.restoreAllMocks();
    okFor("");
    await openSignedIn("/dcimgr/demo.go");
    await waitFor(() => {
      expect(screen.getByText("The panel did what was asked.")).toBeVisible();
    });
  });
});
