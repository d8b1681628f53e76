import { afterEach, describe, expect, it, vi } from "vitest";

import { screen, setupMockPanel, waitFor, within } from "../testing";
import { openSignedIn } from "../testing/app-session";
import { menuEntry } from "../testing/toolbar";

const { emulator } = setupMockPanel();

type Fault = "http502" | "truncate" | "drop";

/**
 * Makes the panel's answers to `func` fail `count` times, the way a proxy or a network does:
 * a 502 before the panel sees it, or a body cut or lost after the panel did the work.
 */
function failNext(func: string | string[], fault: Fault, count = 1) {
  const answer = emulator.handle.bind(emulator);
  const funcs = Array.isArray(func) ? func : [func];
  let left = count;
  vi.spyOn(emulator, "handle").mockImplementation(async (request, clientIp) => {
    const body = await request.clone().text();
    const matches = funcs.includes(new URLSearchParams(body).get("func") ?? "");
    if (!matches || left === 0) return answer(request, clientIp);
    left -= 1;
    if (fault === "http502") return new Response("Bad gateway", { status: 502 });
    const reply = await answer(request, clientIp);
    if (fault === "drop") throw new TypeError("Failed to fetch");
    const text = await reply.text();
    return new Response(text.slice(0, text.length / 2), { headers: reply.headers });
  });
}

const journalOf = (func: string) => emulator.state.journal.filter((entry) => entry.func === func);

afterEach(() => {
  vi.restoreAllMocks();
});

describe("faults never cost a view or a keystroke", { timeout: 15_000 }, () => {
  it("keeps the rows and the selection when a refresh fails, and says so with a retry", async () => {
    const { user } = await openSignedIn("/dcimgr/server");
    await user.click(await screen.findByRole("checkbox", { name: "Select S-R01-03" }));
    failNext("server", "http502", 3);
    await user.click(await menuEntry(user, "Power", "Power on"));
    await user.click(
      within(screen.getByRole("dialog", { name: "Power on" })).getByRole("button", {
        name: "Power on",
      }),
    );
    // Transport failures are retried twice before the view gives up.
    const banner = await screen.findByText(/Could not refresh/, {}, { timeout: 5000 });
    expect(banner).toHaveTextContent("The panel could not be reached");
    expect(screen.getByRole("checkbox", { name: "Select S-R01-03" })).toBeChecked();
    expect(within(screen.getByRole("grid")).getAllByRole("row").length).toBeGreaterThan(1);

    await user.click(screen.getByRole("button", { name: "Try again" }));
    await waitFor(() => {
      expect(screen.queryByText(/Could not refresh/)).not.toBeInTheDocument();
    });
    expect(screen.getByRole("checkbox", { name: "Select S-R01-03" })).toBeChecked();
  });

  it("keeps the menu and the badges when their refresh fails, and says the badges are stale", async () => {
    const { user } = await openSignedIn("/dcimgr/server");
    const menu = await screen.findByRole("navigation", { name: "Main menu" });
    await within(menu).findByRole("link", { name: "Users" });
    await screen.findByRole("link", { name: /Servers with problems/ });
    await user.click(await screen.findByRole("checkbox", { name: "Select S-R01-03" }));
    // Everything the action makes the page ask again fails.
    failNext(["desktop", "notify", "server"], "http502", 9);
    await user.click(await menuEntry(user, "Power", "Power on"));
    await user.click(
      within(screen.getByRole("dialog", { name: "Power on" })).getByRole("button", {
        name: "Power on",
      }),
    );
    await screen.findByText(/Could not refresh/, {}, { timeout: 5000 });
    expect(
      await screen.findByRole(
        "button",
        { name: /Notifications could not be refreshed/ },
        { timeout: 5000 },
      ),
    ).toBeVisible();
    const sidebar = screen.getByRole("complementary");
    expect(await within(sidebar).findByText(/Not refreshed/, {}, { timeout: 5000 })).toBeVisible();
    expect(within(menu).getByRole("link", { name: "Users" })).toBeVisible();
    expect(screen.getByRole("link", { name: /Servers with problems/ })).toBeVisible();
  });

  it("offers a retry when the first load fails, and shows the page after it", async () => {
    failNext("server", "http502", 3);
    const { user } = await openSignedIn("/dcimgr/server");
    const alert = await screen.findByRole("alert", {}, { timeout: 5000 });
    expect(alert).toHaveTextContent("The panel could not be reached");
    expect(screen.getByRole("navigation", { name: "Main menu" })).toBeVisible();
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("grid")).toBeVisible();
  });

  it("says the result is unknown when the answer to an action is lost, and never repeats it", async () => {
    const { user } = await openSignedIn("/dcimgr/server");
    await user.click(await screen.findByRole("checkbox", { name: "Select S-R01-03" }));
    failNext("server.poweron", "truncate");
    await user.click(await menuEntry(user, "Power", "Power on"));
    await user.click(
      within(screen.getByRole("dialog", { name: "Power on" })).getByRole("button", {
        name: "Power on",
      }),
    );
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(/may or may not have been done/);
    expect(within(alert).getByRole("button", { name: "Reload" })).toBeVisible();
    expect(journalOf("server.poweron")).toHaveLength(1);
    // The list is asked again, so it shows what the panel did.
    await waitFor(() => {
      const row = screen.getByRole("row", { name: /S-R01-03/ });
      expect(within(row).getByRole("img", { name: "Powered on" })).toBeVisible();
    });
  });

  it("keeps what was typed when a save fails, and saves it once on the next try", async () => {
    const { user } = await openSignedIn("/dcimgr/sshpubkey.edit");
    await user.type(await screen.findByLabelText(/Name/), "laptop");
    const key =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl x";
    await user.type(screen.getByLabelText(/Public key/), key);
    failNext("sshpubkey.edit", "http502");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(/may or may not have been done/);
    expect(screen.getByLabelText(/Name/)).toHaveValue("laptop");
    expect(screen.getByLabelText(/Public key/)).toHaveValue(key);
    expect(journalOf("sshpubkey.edit")).toHaveLength(0);

    // The answer was lost, so sending again needs a yes.
    await user.click(screen.getByRole("button", { name: "Save" }));
    const dialog = await screen.findByRole("dialog", { name: "Send it again?" });
    expect(journalOf("sshpubkey.edit")).toHaveLength(0);
    await user.click(within(dialog).getByRole("button", { name: "Send again" }));
    await waitFor(() => {
      expect(journalOf("sshpubkey.edit")).toHaveLength(1);
    });
  });
});
