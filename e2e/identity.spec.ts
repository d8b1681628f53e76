import type { Page } from "@playwright/test";

import { emulatorUrl } from "../playwright.config";
import { expect, signIn, test } from "./fixtures";

const menu = (page: Page) => page.getByRole("navigation", { name: "Main menu" });
const dataRows = (page: Page) =>
  page
    .getByRole("grid")
    .getByRole("row")
    .filter({ has: page.getByRole("gridcell") });

async function openServers(page: Page) {
  await menu(page).getByRole("link", { name: "Servers" }).click();
  await expect(page.getByRole("heading", { name: "Servers" })).toBeVisible();
}

test("a customer signing in after the operator logged out in another tab sees only their own data", async ({
  page,
  context,
}) => {
  await signIn(page, "admin");
  await openServers(page);
  await expect(dataRows(page)).toHaveCount(10);

  // A second tab of the same browser shares the session, then logs out.
  const second = await context.newPage();
  await second.goto("/dcimgr/server");
  await expect(dataRows(second)).toHaveCount(10);
  await second.getByRole("button", { name: "Log out" }).click();
  await expect(second.getByRole("button", { name: "Log in" })).toBeVisible();

  // The first tab followed it out; the customer signs in there.
  await expect(page.getByRole("button", { name: "Log in" })).toBeVisible();
  await page.getByLabel("Username").fill("acme");
  await page.getByLabel("Password").fill("acme");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("heading", { name: "Servers" })).toBeVisible();
  await expect(dataRows(page)).toHaveCount(3);
  await expect(page.getByRole("grid")).not.toContainText("S-R01-03");
  await expect(menu(page).getByRole("link", { name: "Users" })).toHaveCount(0);
});

test("a key link for a customer opened in the operator's tab shows the customer only their own data", async ({
  page,
  emulator,
}) => {
  await signIn(page, "admin");
  await openServers(page);
  await expect(dataRows(page)).toHaveCount(10);
  const key = "billing-key-acme-0002";
  await emulator.call({ func: "session.newkey", username: "acme", key, sok: "ok" });
  await page.goto(`/dcimgr?func=auth&username=acme&key=${key}&checkcookie=no`);
  await expect(page.getByRole("heading", { name: "Servers" })).toBeVisible();
  await expect(dataRows(page)).toHaveCount(3);
  await expect(menu(page).getByRole("link", { name: "Users" })).toHaveCount(0);
  await expect(page.getByRole("banner")).toContainText("acme");
});

test("another user signing in after the operator's session expired gets none of the operator's page or drafts", async ({
  page,
  emulator,
}) => {
  await emulator.setIdleTimeout(60);
  await signIn(page, "admin");
  await page.goto("/dcimgr/user.edit");
  await page
    .getByLabel(/Username|Name/)
    .first()
    .fill("draft-by-admin");
  await emulator.advanceClock(61_000);
  await menu(page).getByRole("link", { name: "Servers" }).click();
  const dialog = page.getByRole("dialog", { name: "Your session has expired" });
  await dialog.getByRole("button", { name: "Log out" }).click();
  await page.getByLabel("Username").fill("globex");
  await page.getByLabel("Password").fill("globex");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("navigation", { name: "Main menu" })).toBeVisible();
  await openServers(page);
  await expect(dataRows(page)).toHaveCount(2);
  expect(
    await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.includes("draft"))),
  ).toEqual([]);
});

test("one sign-in after the shared session expired resumes every tab", async ({
  page,
  context,
  emulator,
}) => {
  await emulator.setIdleTimeout(60);
  await signIn(page, "admin");
  const tabs = [page, await context.newPage(), await context.newPage()];
  for (const tab of tabs.slice(1)) {
    await tab.goto("/dcimgr/switch");
    await expect(tab.getByRole("heading", { name: "Switches" })).toBeVisible();
  }
  await emulator.advanceClock(61_000);
  for (const tab of tabs) {
    await menu(tab).getByRole("link", { name: "Racks" }).click();
    await expect(tab.getByRole("dialog", { name: "Your session has expired" })).toBeVisible();
  }

  const dialog = page.getByRole("dialog", { name: "Your session has expired" });
  await dialog.getByLabel("Password").fill("admin");
  await dialog.getByRole("button", { name: "Log in and continue" }).click();
  for (const tab of tabs) {
    await expect(tab.getByRole("dialog", { name: "Your session has expired" })).toBeHidden();
    await expect(tab.getByRole("heading", { name: "Racks" })).toBeVisible();
  }
});

test("an operator acts as a customer, keeps acting across a reload, and returns to the users list", async ({
  page,
  emulator,
}) => {
  await signIn(page, "admin");
  await menu(page).getByRole("link", { name: "Users" }).click();
  // The servers list, which names acme too, is still drawn for a moment after the click.
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
  await page.getByRole("grid").getByRole("row", { name: /acme/ }).click();
  await page.getByRole("button", { name: "Log in as user" }).click();

  const banner = page.getByRole("region", { name: "Acting as acme" });
  await expect(banner).toBeVisible();
  await expect(page.getByRole("heading", { name: "Servers" })).toBeVisible();
  await expect(dataRows(page)).toHaveCount(3);
  await expect(menu(page).getByRole("link", { name: "Users" })).toHaveCount(0);

  await page.reload();
  await expect(banner).toBeVisible();
  await expect(dataRows(page)).toHaveCount(3);

  // What is done while acting is journalled as the operator acting as the customer.
  await dataRows(page).filter({ hasText: "S-R01-02" }).click();
  await page.getByRole("button", { name: "Power off" }).click();
  await page
    .getByRole("dialog", { name: "Power off" })
    .getByRole("button", { name: "Power off" })
    .click();
  await expect.poll(() => emulator.journalCount("server.poweroff")).toBe(1);
  expect(await emulator.call({ func: "journal" })).toMatch(
    /<user>admin<\/user>\s*<asuser>acme<\/asuser>/,
  );

  await banner.getByRole("button", { name: "Return to my account" }).click();
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
  await expect(page).toHaveURL(/\/dcimgr\/user$/);
  await expect(banner).toBeHidden();
  await openServers(page);
  await expect(dataRows(page)).toHaveCount(10);
});

test("a customer is never offered to act as someone else, and the panel refuses it", async ({
  page,
}) => {
  await signIn(page, "acme");
  await expect(page.getByRole("button", { name: "Log in as user" })).toHaveCount(0);
  const refused = await page.evaluate(async () => {
    const stored = JSON.parse(sessionStorage.getItem("dci-console.session") ?? "{}") as {
      state?: { sessionId?: string };
    };
    const body = new URLSearchParams({
      func: "server",
      out: "json",
      su: "globex",
      auth: stored.state?.sessionId ?? "",
    });
    return (await fetch("/dcimgr", { method: "POST", body })).text();
  });
  expect(refused).toContain('"access"');
});

test("every view survives a reload when the emulator serves the built app, dots included", async ({
  page,
}) => {
  // The emulator answers like a panel with this theme installed: the app and the API on one origin.
  await page.goto(`${emulatorUrl}/dcimgr/server.edit?elid=1`);
  await page.getByLabel("Username").fill("admin");
  await page.getByLabel("Password").fill("admin");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(`${emulatorUrl}/dcimgr/server.edit?elid=1`);
  const form = page.getByRole("textbox", { name: /Name/ }).first();
  await expect(form).toHaveValue("S-R01-01");
  await page.reload();
  await expect(form).toHaveValue("S-R01-01");

  // An address of a function the console never linked to asks first; once opened, reloads don't.
  await page.goto(`${emulatorUrl}/manager/dcimgr/server.operations?elid=3`);
  await expect(page).toHaveURL(`${emulatorUrl}/dcimgr/server.operations?elid=3`);
  await expect(page.getByRole("heading", { name: "Open this function?" })).toBeVisible();
  await page.getByRole("button", { name: "Open it" }).click();
  const diagnostics = page.getByRole("radio", { name: "Run diagnostics" });
  await expect(diagnostics).toBeVisible();
  await page.reload();
  await expect(diagnostics).toBeVisible();
});
