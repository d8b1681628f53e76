import { expect, signIn, test } from "./fixtures";

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("the cards are sorted with a Sort by select, since there are no column headers", async ({
    page,
  }) => {
    // The phone's header folds the main menu away: signed in when the list is there.
    await page.goto("/dcimgr");
    await page.getByLabel("Username").fill("admin");
    await page.getByLabel("Password").fill("admin");
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page.getByRole("heading", { name: "Servers" })).toBeVisible();
    const sortBy = page.getByRole("combobox", { name: "Sort by" });
    await expect(sortBy).toBeVisible();
    await expect(page.getByRole("button", { name: /^Name/ })).toBeHidden();
    await sortBy.selectOption({ label: "Name, descending" });
    await expect(page).toHaveURL(/p_col=-name/);
    await expect(sortBy).toHaveValue("-name");
    const names = page.getByRole("checkbox", { name: /^Select S-/ });
    await expect(names.first()).toHaveAccessibleName("Select S-R02-05");
    const width = () => page.evaluate(() => document.documentElement.scrollWidth);
    expect(await width()).toBeLessThanOrEqual(390);
    // Also with the longer Russian label.
    await page.getByRole("button", { name: /Menu/ }).click();
    await page.getByRole("combobox", { name: "Language" }).selectOption("ru");
    await expect(page.getByRole("combobox", { name: "Сортировать" })).toBeVisible();
    expect(await width()).toBeLessThanOrEqual(390);
  });
});

test("a wide screen sorts by the column headers and has no Sort by select", async ({ page }) => {
  await signIn(page, "admin");
  await expect(page.getByRole("heading", { name: "Servers" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Sort by" })).toBeHidden();
  await expect(page.getByRole("button", { name: /^Name/ })).toBeVisible();
});
