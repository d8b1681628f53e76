import { delay, http } from "msw";
import { describe, expect, it } from "vitest";

import { screen, setupMockPanel, waitFor, within } from "../../testing";
import { openSignedIn } from "../../testing/app-session";
import { recordRequests } from "../../testing/record-requests";
import { menuEntry } from "../../testing/toolbar";

const { emulator, server } = setupMockPanel();

const serverNamed = (name: string) => {
  const server = emulator.state.servers.find((candidate) => candidate.name === name);
  if (!server) throw new Error(`no server ${name}`);
  return server;
};

async function rebootTwo() {
  const { user } = await openSignedIn("/dcimgr/server");
  await user.click(await screen.findByRole("checkbox", { name: "Select S-R01-01" }));
  await user.click(screen.getByRole("checkbox", { name: "Select S-R01-02" }));
  // Powered off behind the list's back: the panel refuses to reboot it.
  serverNamed("S-R01-02").power = "off";
  await user.click(await menuEntry(user, "Power", "Reboot"));
  await user.click(
    within(screen.getByRole("dialog", { name: "Reboot" })).getByRole("button", { name: "Reboot" }),
  );
  return user;
}

describe("a group action's result per object", () => {
  it("says which objects were done and which the panel refused, in its words", async () => {
    const requests = recordRequests(server);
    await rebootTwo();
    const results = await screen.findByRole("region", { name: "Reboot: done for 1 of 2" });
    expect(within(results).getByRole("status")).toHaveTextContent("1 refused by the panel");
    expect(within(results).getByRole("listitem")).toHaveTextContent(
      "S-R01-02: Server 'S-R01-02' is powered off",
    );
    // No notice claims the whole group was done.
    expect(screen.queryByText(/Reboot: done for S-R01-01/)).toBeNull();
    // Each object went in its own request, so each has its own answer.
    const sent = requests
      .filter((params) => params.get("func") === "server.reboot")
      .map((params) => params.get("elid"));
    expect(sent.sort()).toEqual(
      [String(serverNamed("S-R01-01").id), String(serverNamed("S-R01-02").id)].sort(),
    );
  });

  it("selects the objects not done so they can be looked at or tried again", async () => {
    const user = await rebootTwo();
    const results = await screen.findByRole("region", { name: "Reboot: done for 1 of 2" });
    await user.click(within(results).getByRole("button", { name: "Select the ones not done" }));
    expect(screen.getByRole("checkbox", { name: "Select S-R01-02" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Select S-R01-01" })).not.toBeChecked();
    await user.click(within(results).getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("region", { name: /Reboot:/ })).toBeNull();
    // The focused button went with the panel: focus is on the page's heading, not lost.
    expect(screen.getByRole("heading", { level: 1, name: "Servers" })).toHaveFocus();
  });

  it("ends with one notice naming every object when all were done", async () => {
    const { user } = await openSignedIn("/dcimgr/server");
    await user.click(await screen.findByRole("checkbox", { name: "Select S-R01-01" }));
    await user.click(screen.getByRole("checkbox", { name: "Select S-R02-02" }));
    await user.click(await menuEntry(user, "Power", "Reboot"));
    await user.click(
      within(screen.getByRole("dialog", { name: "Reboot" })).getByRole("button", {
        name: "Reboot",
      }),
    );
    await waitFor(() => {
      expect(
        within(screen.getByRole("region", { name: "Notices" })).getByText(
          "Reboot: done for S-R01-01, S-R02-02",
        ),
      ).toBeVisible();
    });
    expect(screen.queryByRole("region", { name: /Reboot: done for/ })).toBeNull();
  });
});

describe("stopping a group action", () => {
  it("leaves the objects not started alone and says how many", async () => {
    // A slow panel: every request waits before the emulator answers it.
    server.use(
      http.all("*", async () => {
        await delay(40);
      }),
    );
    const { user } = await openSignedIn("/dcimgr/switch.port?elid=1");
    await user.click(await screen.findByRole("checkbox", { name: "Select all rows" }));
    await user.click(screen.getByRole("button", { name: "Turn off" }));
    await user.click(
      within(screen.getByRole("dialog", { name: "Turn off" })).getByRole("button", {
        name: "Turn off",
      }),
    );
    const running = await screen.findByRole("region", { name: /Turn off: \d+ of 48 done/ });
    await user.click(within(running).getByRole("button", { name: "Stop the rest" }));
    const finished = await screen.findByRole("region", { name: /Turn off: done for \d+ of 48/ });
    // "Stop the rest" is gone with the run: its focus moved to the result's heading.
    await waitFor(() => {
      expect(within(finished).getByRole("heading")).toHaveFocus();
    });
    const counts = within(finished).getByRole("status").textContent;
    const notStarted = Number(/(\d+) not started/.exec(counts)?.[1]);
    expect(notStarted).toBeGreaterThan(0);
    const done = Number(/done for (\d+) of 48/.exec(finished.textContent)?.[1]);
    expect(done + notStarted).toBe(48);
  });
});

describe("leaving a list while its group action runs", () => {
  it("lets it finish and says the outcome in a notice", async () => {
    // The reboots take long enough for the user to leave first.
    server.use(
      http.post("*/dcimgr", async ({ request }) => {
        const params = new URLSearchParams(await request.clone().text());
        if (params.get("func") === "server.reboot") await delay(400);
      }),
    );
    const user = await rebootTwo();
    await screen.findByRole("region", { name: /Reboot: \d of 2 done/ });
    const menu = screen.getByRole("navigation", { name: "Main menu" });
    await user.click(within(menu).getByRole("link", { name: "Switches" }));
    await screen.findByRole("heading", { name: "Switches" }, { timeout: 5000 });
    expect(
      await within(screen.getByRole("region", { name: "Notices" })).findByText(
        "Reboot: done for 1 of 2; not done for S-R01-02",
      ),
    ).toBeVisible();
  });

  it("a refused action on one row shows that row as it is now", async () => {
    const { user } = await openSignedIn("/dcimgr/server");
    await user.click(await screen.findByRole("checkbox", { name: "Select S-R01-02" }));
    expect(screen.getByRole("row", { name: /S-R01-02/ })).not.toHaveTextContent(/Off/);
    serverNamed("S-R01-02").power = "off";
    await user.click(await menuEntry(user, "Power", "Reboot"));
    await user.click(
      within(screen.getByRole("dialog", { name: "Reboot" })).getByRole("button", {
        name: "Reboot",
      }),
    );
    expect(await screen.findByRole("alert")).toHaveTextContent("is powered off");
    await waitFor(() => {
      expect(screen.getByRole("row", { name: /S-R01-02/ })).toHaveTextContent(/Off/);
    });
  });
});
