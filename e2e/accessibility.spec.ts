import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

import { expect, signIn, test } from "./fixtures";

/** WCAG 2.1 A and AA rules axe can check automatically, on what the page shows now. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );
}

for (const colorScheme of ["light", "dark"] as const)
  test(`the login page, a list, its menus, a dialog and a form pass the automatic accessibility checks (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto("/dcimgr/login");
    await expect(page.getByRole("button", { name: "Log in" })).toBeVisible();
    expect(await violations(page)).toEqual([]);

    await signIn(page, "admin");
    await expect(page.getByRole("grid")).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page
      .getByRole("grid")
      .getByRole("row", { name: /S-R01-03/ })
      .click();
    await page.getByRole("button", { name: "Power", exact: true }).click();
    await expect(page.getByRole("menu", { name: "Power" })).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await page.keyboard.press("Control+k");
    await expect(page.getByRole("dialog", { name: "Go to or do" })).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press("Escape");

    await page
      .getByRole("grid")
      .getByRole("row", { name: /S-R01-01/ })
      .click();
    await page.getByRole("button", { name: "Power", exact: true }).click();
    await page.getByRole("menuitem", { name: "Reboot" }).click();
    await expect(page.getByRole("dialog", { name: "Reboot" })).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();

    await page.getByRole("button", { name: "Operations", exact: true }).click();
    await page.getByRole("menuitem", { name: "Operations" }).click();
    await expect(page.getByRole("heading", { name: "Server operations" })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
