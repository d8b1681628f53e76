import { expect, test } from "./fixtures";

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test("a customer from billing on a phone reboots a server and reads its IPs from the cards, without zooming", async ({
  page,
  emulator,
}) => {
  const key = "billing-key-acme-phone-01";
  await emulator.call({ func: "session.newkey", username: "acme", key, sok: "ok" });
  await page.goto(`/dcimgr?func=auth&username=acme&key=${key}`);
  await expect(page.getByRole("heading", { name: "Servers" })).toBeVisible();

  // Nothing is wider than the screen: no sideways scrolling, no zooming.
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  const card = page.getByRole("row", { name: /S-R01-01/ });
  await expect(card.getByRole("img", { name: "Powered on" })).toBeVisible();
  const box = await card.boundingBox();
  expect(box?.width ?? 0).toBeLessThanOrEqual(390);

  await card.getByRole("button", { name: "Actions for S-R01-01" }).click();
  await page.getByRole("menuitem", { name: "Reboot" }).click();
  const confirm = page.getByRole("dialog", { name: "Reboot" });
  await expect(confirm).toContainText("S-R01-01");
  await confirm.getByRole("button", { name: "Reboot" }).click();
  await expect.poll(() => emulator.journalCount("server.reboot")).toBe(1);
  await expect(page.getByText("Reboot: done for S-R01-01")).toBeVisible();

  await card.getByRole("button", { name: "Actions for S-R01-01" }).click();
  await page.getByRole("menuitem", { name: "IP addresses" }).click();
  await expect(page.getByRole("heading", { name: "IP addresses" })).toBeVisible();
  await expect(page.getByRole("row", { name: /203\.0\.113\.10/ })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("the phone header folds the account and language into the menu", async ({ page }) => {
  await page.goto("/dcimgr");
  await page.getByLabel("Username").fill("admin");
  await page.getByLabel("Password").fill("admin");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("heading", { name: "Servers" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Language" })).toBeHidden();
  await page.getByRole("button", { name: /Menu/ }).click();
  await expect(page.getByRole("combobox", { name: "Language" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();
  // Escape closes it, and focus goes back to its button.
  await page.getByRole("combobox", { name: "Language" }).focus();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("combobox", { name: "Language" })).toBeHidden();
  await expect(page.getByRole("button", { name: /Menu/ })).toBeFocused();
});
