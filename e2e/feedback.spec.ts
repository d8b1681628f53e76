import type { Page } from "@playwright/test";

import { expect, failChunk, signIn, test } from "./fixtures";

/** Starts an OS installation on a server from the server list, and is back on the list. */
async function startInstallation(page: Page, server: string) {
  await page
    .getByRole("grid")
    .getByRole("row", { name: new RegExp(server) })
    .click();
  await page.getByRole("button", { name: "Operations", exact: true }).click();
  await page.getByRole("menuitem", { name: "Operations" }).click();
  await expect(page.getByRole("heading", { name: `Server operations: ${server}` })).toBeVisible();
  await page.getByLabel(/^Root password/).fill("Sup3r-secret!");
  await page.getByLabel(/^Repeat the password/).fill("Sup3r-secret!");
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("heading", { name: "Servers" })).toBeVisible();
}

test("an OS installation says it started, shows its progress in Tasks across a reload, and says when it is done", async ({
  page,
  emulator,
}) => {
  await signIn(page, "admin");
  await startInstallation(page, "S-R01-03");
  await expect(page.getByText("Start: done for Server operations S-R01-03")).toBeVisible();
  const tasks = page.getByRole("button", { name: /Tasks/ });
  await expect(tasks).toContainText("1");
  await expect(
    page.getByRole("row", { name: /S-R01-03/ }).getByRole("img", { name: /OS installation/ }),
  ).toBeVisible();

  await emulator.advanceClock(600_000);
  await page.reload();
  await page.getByRole("button", { name: /Tasks/ }).click();
  const bar = page.getByRole("region", { name: "Tasks" }).getByRole("progressbar");
  await expect(bar).toHaveAttribute("value", /^(4\d|5\d)$/);

  await emulator.advanceClock(1_200_000);
  await expect(page.getByText("Server operations: S-R01-03: finished")).toBeVisible({
    timeout: 15_000,
  });

  // A second installation: Tasks splits what runs from what finished.
  await page.getByRole("button", { name: /Tasks/ }).click();
  await startInstallation(page, "S-R01-04");
  await expect(page.getByRole("button", { name: /Tasks/ })).toContainText("1");
  const panel = page.getByRole("region", { name: "Tasks" });
  await page.getByRole("button", { name: /Tasks/ }).click();
  await expect(panel.getByRole("tab", { name: "Running (1)" })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await expect(panel.getByRole("tabpanel")).toContainText("S-R01-04");
  await panel.getByRole("tab", { name: "Running (1)" }).press("ArrowRight");
  await expect(panel.getByRole("tab", { name: "Finished (1)" })).toBeFocused();
  await expect(panel.getByRole("tabpanel")).toContainText("S-R01-03");
});

test("the command palette runs an action of the list for the selection", async ({
  page,
  emulator,
}) => {
  await signIn(page, "admin");
  await page
    .getByRole("grid")
    .getByRole("row", { name: /S-R01-01/ })
    .click();
  await page.keyboard.press("Control+k");
  const palette = page.getByRole("dialog", { name: "Go to or do" });
  await palette.getByRole("combobox").fill("reboot");
  await palette.getByRole("combobox").press("Enter");
  await page
    .getByRole("dialog", { name: "Reboot" })
    .getByRole("button", { name: "Reboot" })
    .click();
  await expect.poll(() => emulator.journalCount("server.reboot")).toBe(1);
  await expect(page.getByText("Reboot: done for S-R01-01")).toBeVisible();
});

test("without the Tasks panel's code the list still works, and the next page asks for it again", async ({
  page,
}) => {
  const taskPanelCode = await failChunk(page, "task-panel");
  await signIn(page, "admin");
  await startInstallation(page, "S-R01-03");
  await expect(page.getByText("Start: done for Server operations S-R01-03")).toBeVisible();
  await expect.poll(taskPanelCode.asked).toBeGreaterThan(0);
  // The part is missing, nothing else: no error in its place, and the list answers.
  await expect(page.getByRole("button", { name: /Tasks/ })).toHaveCount(0);
  await expect(page.getByRole("alert")).toHaveCount(0);
  await expect(page.getByRole("grid").getByRole("row", { name: /S-R01-03/ })).toBeVisible();

  await taskPanelCode.restore();
  await page
    .getByRole("navigation", { name: "Main menu" })
    .getByRole("link", { name: "Users" })
    .click();
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
  await expect(page.getByRole("button", { name: /Tasks/ })).toContainText("1");
});
