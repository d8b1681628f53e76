import { render } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { screen, setupMockPanel, waitFor, within } from "../../testing";
import { openSignedIn } from "../../testing/app-session";
import { menuEntry } from "../../testing/toolbar";
import { useTaskStore } from "../../stores/task-store";
import { App } from "../app";

let now = 1_780_000_000_000;
const { emulator } = setupMockPanel({ now: () => now });

/** Starts an OS installation on S-R01-03 from the server list and comes back to the list. */
async function installOnThirdServer(user: UserEvent) {
  await user.click(await screen.findByRole("row", { name: /S-R01-03/ }));
  await user.click(await menuEntry(user, "Operations", "Operations"));
  await screen.findByRole("heading", { name: "Server operations: S-R01-03" });
  await user.type(screen.getByLabelText(/^Root password/), "Sup3r-secret!");
  await user.type(screen.getByLabelText(/^Repeat the password/), "Sup3r-secret!");
  await user.click(screen.getByRole("button", { name: "Start" }));
  await screen.findByRole("heading", { name: "Servers" });
}

describe("long operations", { timeout: 20_000 }, () => {
  it("show their progress in the task panel, survive a reload, and say when they finish", async () => {
    const { user, unmount } = await openSignedIn("/dcimgr/server");
    await installOnThirdServer(user);

    const tasks = await screen.findByRole("button", { name: /Tasks/ });
    expect(tasks).toHaveTextContent("1");
    now += 600_000; // half of the 20 minutes an installation takes here
    await user.click(tasks);
    const panel = screen.getByRole("region", { name: "Tasks" });
    const bar = within(panel).getByRole("progressbar", { name: "Server operations: S-R01-03" });
    await waitFor(
      () => {
        expect(Number(bar.getAttribute("value"))).toBeGreaterThanOrEqual(40);
      },
      { timeout: 8000 },
    );
    // The panel's comment says the percentage already ("Installing …: 50%"): it is not said twice.
    const comment = within(panel).getByText(/^Installing .*: \d+%$/);
    expect(comment.textContent.match(/%/g)).toHaveLength(1);

    // A reload keeps the task and its progress.
    unmount();
    render(<App />);
    expect(await screen.findByRole("button", { name: /Tasks/ })).toHaveTextContent("1");

    now += 1_200_000;
    expect(
      await within(screen.getByRole("region", { name: "Notices" })).findByText(
        "Server operations: S-R01-03: finished",
        undefined,
        { timeout: 8000 },
      ),
    ).toBeVisible();
    expect(emulator.state.servers[2]?.operation).toBeUndefined();
    // The list is asked again as the operation ends: its row no longer says it is installing.
    await waitFor(() => {
      expect(screen.getByRole("row", { name: /S-R01-03/ })).not.toHaveTextContent(/Installing/);
    });
  });

  it("are split into running and finished tabs when there are both", async () => {
    const { user } = await openSignedIn("/dcimgr/server");
    await installOnThirdServer(user);
    const tasks = await screen.findByRole("button", { name: /Tasks/ });
    // The server's row shows how far the operation got, from the same polling.
    const row = screen.getByRole("row", { name: /S-R01-03/ });
    expect(
      await within(row).findByRole("progressbar", { name: "S-R01-03: operation in progress" }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole("row", { name: /S-R01-01/ })).queryByRole("progressbar"),
    ).toBeNull();
    // An earlier operation of this user that has finished.
    useTaskStore.getState().add({ progressId: "earlier", label: "Reboot: S-R02-02" });
    useTaskStore.getState().update("earlier", { state: "done", percent: 100 });
    await user.click(tasks);
    const panel = screen.getByRole("region", { name: "Tasks" });
    const running = within(panel).getByRole("tab", { name: "Running (1)" });
    expect(running).toHaveAttribute("aria-selected", "true");
    expect(within(panel).getByRole("tabpanel")).toHaveTextContent("Server operations: S-R01-03");
    await user.click(within(panel).getByRole("tab", { name: "Finished (1)" }));
    expect(within(panel).getByRole("tabpanel")).toHaveTextContent("Reboot: S-R02-02");
    expect(within(panel).getByRole("tabpanel")).not.toHaveTextContent("S-R01-03");
    // It opens over the page: Escape closes it and gives the focus back to its button.
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("region", { name: "Tasks" })).toBeNull();
    expect(tasks).toHaveFocus();
    await user.click(tasks);
    await user.click(screen.getByRole("heading", { name: "Servers" }));
    expect(screen.queryByRole("region", { name: "Tasks" })).toBeNull();
  });

  it("are not listed when the panel never reports them (a quick save)", async () => {
    const { user } = await openSignedIn("/dcimgr/server");
    await user.click(await screen.findByRole("row", { name: /S-R01-01/ }));
    await user.click(screen.getByRole("button", { name: "Edit" }));
    await screen.findByRole("heading", { name: "Server: S-R01-01" });
    await user.click(screen.getByRole("button", { name: "Save" }));
    await screen.findByRole("heading", { name: "Servers" });
    // Asked once, never reported: dropped, not polled for ever.
    await waitFor(() => {
      expect(useTaskStore.getState().tasks).toEqual([]);
    });
    expect(screen.queryByRole("button", { name: /Tasks/ })).not.toBeInTheDocument();
  });
});
