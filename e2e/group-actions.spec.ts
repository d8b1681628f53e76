import { expect, failChunk, signIn, test } from "./fixtures";
import { rebootSelected, rebootWithOneRefused } from "./group-steps";

test("a group action says which servers were done and which the panel refused, and why", async ({
  page,
  emulator,
}) => {
  // S-R01-02 is powered off behind the page's back: the panel refuses to reboot it.
  const results = await rebootWithOneRefused(page, emulator);
  await expect(results.getByRole("status")).toHaveText("1 refused by the panel");
  await expect(results.getByRole("listitem")).toHaveText(
    "S-R01-02: Server 'S-R01-02' is powered off",
  );
  await results.getByRole("button", { name: "Select the ones not done" }).click();
  await expect(page.getByRole("checkbox", { name: "Select S-R01-02" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Select S-R01-01" })).not.toBeChecked();
  await expect(page.getByText("1 selected")).toBeVisible();
});

test("a group action whose code cannot be fetched says nothing was sent, and runs once it comes", async ({
  page,
  emulator,
}) => {
  const groupCode = await failChunk(page, "group-run");
  await signIn(page, "admin");
  await page.getByRole("checkbox", { name: "Select S-R01-01" }).check();
  // Fetched as a second row is selected, before any action is chosen.
  await expect.poll(groupCode.asked).toBe(0);
  await page.getByRole("checkbox", { name: "Select S-R01-02" }).check();
  await expect.poll(groupCode.asked).toBeGreaterThan(0);
  await rebootSelected(page);
  await expect(page.getByRole("alert")).toContainText("could not be loaded, so nothing was sent");
  expect(await emulator.journalCount("server.reboot")).toBe(0);
  await expect(page.getByText("2 selected")).toBeVisible();

  await groupCode.restore();
  await rebootSelected(page);
  await expect(page.getByText("Reboot: done for S-R01-01, S-R01-02")).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
  expect(await emulator.journalCount("server.reboot")).toBe(2);
});

test("a group action whose code is slow to come says it is starting, and runs once however often it is asked", async ({
  page,
  emulator,
}) => {
  await page.route("**/assets/group-run-*.js", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await route.continue();
  });
  await signIn(page, "admin");
  await page.getByRole("checkbox", { name: "Select S-R01-01" }).check();
  await page.getByRole("checkbox", { name: "Select S-R01-02" }).check();
  for (let time = 0; time < 2; time += 1) {
    await rebootSelected(page);
    await expect(page.getByRole("status").filter({ hasText: "Reboot…" })).toBeVisible();
  }
  await expect(page.getByText("Reboot: done for S-R01-01, S-R01-02")).toBeVisible();
  expect(await emulator.journalCount("server.reboot")).toBe(2);
});

test("a notification badge opens the list filtered to what it counts", async ({ page }) => {
  await signIn(page, "admin");
  const badge = page.getByRole("link", { name: /^Servers with problems: \d+$/ });
  const count = Number((await badge.getAttribute("aria-label"))?.split(": ")[1]);
  expect(count).toBeGreaterThan(0);
  await badge.click();
  await expect(page.getByRole("status").filter({ hasText: "Filtered:" })).toContainText(
    "State: Has a problem",
  );
  await expect(page.getByRole("checkbox", { name: /^Select S-/ })).toHaveCount(count);
});

test("a disabled action says why in a tip on keyboard focus, and Escape hides the tip", async ({
  page,
}) => {
  await signIn(page, "admin");
  await expect(page.getByRole("heading", { name: "Servers" })).toBeVisible();
  const edit = page.getByRole("toolbar").getByRole("button", { name: "Edit" });
  await edit.focus();
  const tip = page.getByRole("tooltip");
  await expect(tip).toBeVisible();
  await expect(tip).toHaveText("Select rows for this");
  await expect(edit).toHaveAccessibleDescription("Select rows for this");
  await page.keyboard.press("Escape");
  await expect(tip).toBeHidden();
  await expect(edit).toBeFocused();
});

test("an operator acting as a customer sees the customer's console", async ({ page }) => {
  await signIn(page, "admin");
  await expect(page.getByRole("button", { name: "Columns" })).toBeVisible();
  await page
    .getByRole("navigation", { name: "Main menu" })
    .getByRole("link", { name: "Users" })
    .click();
  await page.getByRole("row", { name: /acme/ }).click();
  await page.getByRole("button", { name: "Log in as user" }).click();
  await expect(page.getByRole("region", { name: "Acting as acme" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Servers" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Columns" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
});
