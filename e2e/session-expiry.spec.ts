import { expect, signIn, test } from "./fixtures";

test("after the session ends mid-work, the operator signs in over the page and keeps page and selection", async ({
  page,
  emulator,
}) => {
  await emulator.setIdleTimeout(60);
  await signIn(page, "admin");
  await page
    .getByRole("navigation", { name: "Main menu" })
    .getByRole("link", { name: "Servers" })
    .click();
  const table = page.getByRole("grid");
  await table.getByRole("row", { name: /S-R01-03/ }).click();
  await table.getByRole("row", { name: /S-R01-04/ }).click({ modifiers: ["ControlOrMeta"] });
  const url = page.url();

  // The operator is away for longer than the idle timeout.
  await emulator.advanceClock(61_000);
  await page.getByRole("button", { name: "Suspension", exact: true }).click();
  await page.getByRole("menuitem", { name: "Disable" }).click();
  await page
    .getByRole("dialog", { name: "Disable" })
    .getByRole("button", { name: "Disable" })
    .click();

  const dialog = page.getByRole("dialog", { name: "Your session has expired" });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Password").fill("admin");
  await dialog.getByRole("button", { name: "Log in and continue" }).click();
  await expect(dialog).toBeHidden();

  // The interrupted action went through once, on the same page, with the same rows selected.
  await expect(
    table.getByRole("row", { name: /S-R01-03/ }).getByRole("img", { name: /Disabled/ }),
  ).toBeVisible();
  await expect(
    table.getByRole("row", { name: /S-R01-04/ }).getByRole("img", { name: /Disabled/ }),
  ).toBeVisible();
  expect(page.url()).toBe(url);
  await expect(table.getByRole("row", { selected: true })).toHaveCount(2);
});
