import { render } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";

import { App } from "../app/app";

import { screen, setupMockPanel, waitFor, within } from "../testing";
import { openSignedIn } from "../testing/app-session";

const { emulator } = setupMockPanel();

/** The panel answers `demo.go` with this `ok` text, as an action does; returns how often it did. */
function okFor(text: string) {
  const answer = emulator.handle.bind(emulator);
  let asked = 0;
  vi.spyOn(emulator, "handle").mockImplementation(async (request, ip) => {
    const params = new URLSearchParams(await request.clone().text());
    if (params.get("func") !== "demo.go") return answer(request, ip);
    asked += 1;
    return Response.json({ doc: { $func: "demo.go", ok: text === "" ? {} : { $: text } } });
  });
  return () => asked;
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

  it("is never asked for again: not when what the user sees is refreshed, not on a reload", async () => {
    const asked = okFor("");
    const { user, unmount } = await openSignedIn("/dcimgr/demo.go");
    expect(await screen.findByText("The panel did what was asked.")).toBeVisible();
    expect(asked()).toBe(1);
    // Another action refreshes everything this user sees; the page that acted is not asked again.
    await user.click(screen.getByRole("link", { name: "Servers" }));
    await screen.findByRole("heading", { name: "Servers" });
    await user.click(screen.getByRole("checkbox", { name: "Select S-R01-01" }));
    await user.click(screen.getByRole("button", { name: "Power" }));
    await user.click(screen.getByRole("menuitem", { name: "Reboot" }));
    const confirm = screen.getByRole("dialog", { name: "Reboot" });
    await user.click(within(confirm).getByRole("button", { name: "Reboot" }));
    expect(await screen.findByText("Reboot: done for S-R01-01")).toBeVisible();
    window.history.back();
    expect(await screen.findByText("The panel did what was asked.")).toBeVisible();
    expect(asked()).toBe(1);

    // A reload of its address asks the user before it acts again.
    unmount();
    render(<App />);
    expect(await screen.findByRole("button", { name: "Open it" })).toBeVisible();
    expect(asked()).toBe(1);
  });
});
