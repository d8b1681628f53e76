import { expect, signIn, test } from "./fixtures";
import { rebootWithOneRefused } from "./group-steps";

// Where the look is the point: status pills, cards and dark mode are compared with pictures
// taken when they were last looked at (`npx playwright test e2e/look.spec.ts --update-snapshots`).
for (const colorScheme of ["light", "dark"] as const)
  test(`a customer's servers with their status pills look as reviewed (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await signIn(page, "acme");
    const table = page.getByRole("grid");
    await expect(table.getByRole("row")).toHaveCount(4);
    await expect(table).toHaveScreenshot(`customer-servers-${colorScheme}.png`);
  });

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("a server is a card as reviewed", async ({ page }) => {
    // The phone's menu is folded away: signed in through the form, then the list is waited for.
    await page.goto("/dcimgr");
    await page.getByLabel("Username").fill("acme");
    await page.getByLabel("Password").fill("acme");
    await page.getByRole("button", { name: "Log in" }).click();
    const card = page.getByRole("row", { name: /S-R01-01/ });
    await expect(card.getByRole("img", { name: "Powered on" })).toBeVisible();
    await expect(card).toHaveScreenshot("phone-card.png");
  });
});

for (const colorScheme of ["light", "dark"] as const)
  test(`a group action's result per server looks as reviewed (${colorScheme})`, async ({
    page,
    emulator,
  }) => {
    await page.emulateMedia({ colorScheme });
    const results = await rebootWithOneRefused(page, emulator);
    await expect(results).toHaveScreenshot(`group-results-${colorScheme}.png`);
  });
