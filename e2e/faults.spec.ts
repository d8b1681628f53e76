import type { Page } from "@playwright/test";

import { expect, failChunk, signIn, test, type Fault } from "./fixtures";

/**
 * Each fault as a proxy or a network produces it (`/__emulator/faults`), with what the panel did:
 * a 502 and a drop before the panel saw the request, a cut body and a drop after it did the work.
 * The browser cannot tell them apart (a proxy answers 502 for a connection closed either way), so
 * an action says its result is unknown in every case, and the journal shows what really happened.
 */
const faults: { mode: Fault; didTheWork: boolean }[] = [
  { mode: "http502", didTheWork: false },
  { mode: "drop", didTheWork: false },
  { mode: "truncate", didTheWork: true },
  { mode: "dropafter", didTheWork: true },
];
const unknown = /may or may not have been done/;

const dataRows = (page: Page) =>
  page
    .getByRole("grid")
    .getByRole("row")
    .filter({ has: page.getByRole("gridcell") });

/**
 * How often a read must fail before the view gives up: transport failures are retried twice by
 * themselves, a cut body (an unreadable answer) is not.
 */
const readFailures = (mode: Fault) => (mode === "truncate" ? 1 : 3);

async function openServers(page: Page) {
  await signIn(page, "admin");
  await page
    .getByRole("navigation", { name: "Main menu" })
    .getByRole("link", { name: "Servers" })
    .click();
  await expect(dataRows(page)).toHaveCount(10);
}

for (const { mode } of faults) {
  test(`listing and paging end in a message with Retry on ${mode}`, async ({ page, emulator }) => {
    await openServers(page);
    const menu = page.getByRole("navigation", { name: "Main menu" });
    await emulator.fault({ mode, count: readFailures(mode) });
    await menu.getByRole("link", { name: "Racks" }).click();
    const alert = page.getByRole("alert");
    await expect(alert).toBeVisible();
    await expect(menu).toBeVisible();
    await alert.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByRole("heading", { name: "Racks" })).toBeVisible();
    await expect(dataRows(page).first()).toBeVisible();

    await page.goto("/dcimgr/server?p_cnt=5");
    await expect(page.getByText("Page 1 / 2")).toBeVisible();
    await emulator.fault({ mode, count: readFailures(mode) });
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page.getByRole("alert")).toBeVisible();
    await page.getByRole("alert").getByRole("button", { name: "Try again" }).click();
    await expect(page.getByText("Page 2 / 2")).toBeVisible();
    await expect(dataRows(page)).toHaveCount(5);
  });
}

for (const { mode, didTheWork } of faults) {
  test(`a group action says what is known on ${mode}, and nothing runs twice`, async ({
    page,
    emulator,
  }) => {
    await openServers(page);
    await dataRows(page).filter({ hasText: "S-R01-03" }).click();
    await emulator.fault({ mode, count: 1 });
    await page.getByRole("button", { name: "Power", exact: true }).click();
    await page.getByRole("menuitem", { name: "Power on" }).click();
    await page
      .getByRole("dialog", { name: "Power on" })
      .getByRole("button", { name: "Power on" })
      .click();
    await expect(page.getByRole("alert")).toContainText(unknown);
    await expect(dataRows(page)).toHaveCount(10);
    expect(await emulator.journalCount("server.poweron")).toBe(didTheWork ? 1 : 0);
    const powered = dataRows(page)
      .filter({ hasText: "S-R01-03" })
      .getByRole("img", { name: "Powered on" });
    if (didTheWork) await expect(powered).toBeVisible();
    else await expect(powered).toHaveCount(0);
  });
}

for (const { mode, didTheWork } of faults) {
  test(`a form save keeps every keystroke on ${mode}`, async ({ page, emulator }) => {
    await signIn(page, "admin");
    await page.goto("/dcimgr/sshpubkey.edit");
    const key =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl e2e";
    await page.getByLabel(/Name/).fill("laptop");
    await page.getByLabel(/Public key/).fill(key);
    await emulator.fault({ mode, count: 1 });
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("alert")).toContainText(unknown);
    await expect(page.getByLabel(/Name/)).toHaveValue("laptop");
    await expect(page.getByLabel(/Public key/)).toHaveValue(key);
    expect(await emulator.journalCount("sshpubkey.edit")).toBe(didTheWork ? 1 : 0);
  });
}

test("three seconds of latency: an action and a page wait, then finish once", async ({
  page,
  emulator,
}) => {
  test.setTimeout(90_000);
  await openServers(page);
  await emulator.fault({ latencyMs: 3000 });
  await dataRows(page).filter({ hasText: "S-R01-03" }).click();
  await page.getByRole("button", { name: "Power", exact: true }).click();
  await page.getByRole("menuitem", { name: "Power on" }).click();
  await page
    .getByRole("dialog", { name: "Power on" })
    .getByRole("button", { name: "Power on" })
    .click();
  await expect(
    dataRows(page).filter({ hasText: "S-R01-03" }).getByRole("img", { name: "Powered on" }),
  ).toBeVisible({ timeout: 15_000 });
  expect(await emulator.journalCount("server.poweron")).toBe(1);

  await page.goto("/dcimgr/server?p_cnt=5");
  await expect(page.getByText("Page 1 / 2")).toBeVisible({ timeout: 15_000 });
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Page 2 / 2")).toBeVisible({ timeout: 15_000 });
  await expect(dataRows(page)).toHaveCount(5);
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("a view whose code cannot load after a deployment says so, with Reload, and keeps the menu", async ({
  page,
}) => {
  const formCode = await failChunk(page, "form-page");
  await signIn(page, "admin");
  await page.goto("/dcimgr/sshpubkey.edit");
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("This view could not be shown");
  await expect(page.getByRole("navigation", { name: "Main menu" })).toBeVisible();

  await formCode.restore();
  await alert.getByRole("button", { name: "Reload" }).click();
  await expect(page.getByLabel(/Public key/)).toBeVisible();
});

test("an export whose code cannot load says nothing was sent, and exports once it comes", async ({
  page,
}) => {
  const exportCode = await failChunk(page, "export-dialog");
  await signIn(page, "admin");
  await page.getByRole("button", { name: "Export CSV" }).click();
  await expect(page.getByRole("alert")).toContainText("could not be loaded, so nothing was sent");
  await expect(page.getByRole("button", { name: "Export CSV" })).toBeEnabled();

  await exportCode.restore();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export CSV" }).click();
  expect((await download).suggestedFilename()).toBe("server.csv");
  await expect(page.getByRole("dialog", { name: "Export CSV" })).toBeHidden();
});
