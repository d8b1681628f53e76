/*
 * The list is a WAI-ARIA grid worked with the keyboard alone: one tab stop, arrows from cell to
 * cell (onto a cell's one control), Home/End, Ctrl+Home/End, Space and Shift+↓ to select, Enter
 * to open; the header's sort buttons are part of it, and a long page keeps the focused row.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

import { expect, openLongServerPage, signIn, test } from "./fixtures";

/** Tabs from the button just before the list into it. */
async function tabIntoGrid(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Print" }).focus();
  await page.keyboard.press("Tab");
}

test("an operator works the server list with the keyboard alone", async ({ page }) => {
  await signIn(page, "admin");
  const grid = page.getByRole("grid", { name: "Servers" });
  const row = (name: string) => grid.getByRole("row", { name: new RegExp(name) });
  await expect(row("S-R01-01")).toBeVisible();

  await tabIntoGrid(page);
  await expect(row("S-R01-01").getByRole("checkbox", { name: "Select S-R01-01" })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(row("S-R01-01").getByRole("button", { name: "S-R01-01" })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(row("S-R01-01").getByRole("gridcell").nth(2)).toBeFocused();
  await page.keyboard.press("End");
  await expect(row("S-R01-01").getByRole("gridcell").last()).toBeFocused();
  await page.keyboard.press("Home");
  await expect(row("S-R01-01").getByRole("checkbox")).toBeFocused();

  // Space selects the row from any cell, the name too (which Enter would open).
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowRight");
  await expect(row("S-R01-03").getByRole("button", { name: "S-R01-03" })).toBeFocused();
  await page.keyboard.press("Space");
  await expect(row("S-R01-03")).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("heading", { name: "Servers" })).toBeVisible();
  await page.keyboard.press("Shift+ArrowDown");
  await expect(row("S-R01-04").getByRole("button", { name: "S-R01-04" })).toBeFocused();
  await expect(grid.getByRole("row", { selected: true })).toHaveCount(2);
  await expect(page.getByText("2 selected")).toBeVisible();

  await page.keyboard.press("Control+End");
  await expect(grid.getByRole("row").last().getByRole("button")).toBeFocused();
  await page.keyboard.press("Control+Home");
  await expect(row("S-R01-01").getByRole("button", { name: "S-R01-01" })).toBeFocused();

  // The header row is part of the grid: its sort buttons are a step up.
  await page.keyboard.press("ArrowUp");
  const sortByName = grid.getByRole("button", { name: "Name", exact: true });
  await expect(sortByName).toBeFocused();
  const nameHeader = grid.getByRole("columnheader", { name: "Name", exact: true });
  const sortedBefore = await nameHeader.getAttribute("aria-sort");
  await page.keyboard.press("Enter");
  await expect(nameHeader).not.toHaveAttribute("aria-sort", sortedBefore ?? "none");
  await expect(sortByName).toBeFocused();

  await page.keyboard.press("ArrowDown");
  const first = grid.getByRole("row").nth(1);
  await expect(first.getByRole("button").first()).toBeFocused();
  const name = (await first.getByRole("button").first().textContent()) ?? "";
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: `Server: ${name}` })).toBeVisible();
  // Back on the list, drawn at once from the cache, focus is on its heading, not lost to the page.
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("heading", { name: "Servers" })).toBeFocused();
});

test("a long page keeps the focused row through scrolling and brings it back into view", async ({
  page,
  emulator,
}) => {
  const grid = await openLongServerPage(page, emulator);
  await expect(grid.getByRole("row").nth(1)).toBeVisible();

  await tabIntoGrid(page);
  await page.keyboard.press("Control+End");
  const last = grid.locator('[aria-rowindex="1001"]');
  await expect(last.getByRole("checkbox")).toBeFocused();
  await expect(last).toBeInViewport();

  await page.keyboard.press("PageUp");
  const focusedRow = () =>
    page.evaluate(() => document.activeElement?.closest("tr")?.getAttribute("aria-rowindex"));
  await expect.poll(focusedRow).not.toBe("1001");
  const afterPageUp = Number(await focusedRow());
  expect(afterPageUp).toBeLessThan(1000);
  expect(afterPageUp).toBeGreaterThan(950);

  // Scrolled to the top with the wheel, the focused row leaves the document: the grid keeps
  // the focus, and the next key goes on from that row.
  await grid.hover();
  await page.mouse.wheel(0, -100_000);
  await expect(grid.locator(`[aria-rowindex="${String(afterPageUp)}"]`)).toHaveCount(0);
  await expect(grid).toBeFocused();
  await page.keyboard.press("ArrowDown");
  const next = grid.locator(`[aria-rowindex="${String(afterPageUp + 1)}"]`);
  await expect(next.getByRole("checkbox")).toBeFocused();
  await expect(next).toBeInViewport();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("the cards stay a grid: the row's menu is a cell the keys reach, and axe finds nothing", async ({
    page,
  }) => {
    // A phone folds the main menu away: signed in once the list's heading is there.
    await page.goto("/dcimgr");
    await page.getByLabel("Username").fill("acme");
    await page.getByLabel("Password").fill("acme");
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page.getByRole("heading", { name: "Servers" })).toBeVisible();
    const grid = page.getByRole("grid", { name: "Servers" });
    const card = grid.getByRole("row", { name: /web1\.acme\.example/ });
    await expect(card).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);

    await card.getByRole("checkbox").focus();
    await page.keyboard.press("End");
    const menu = card.getByRole("button", { name: /^Actions for / });
    await expect(menu).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("menu")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(menu).toBeFocused();
    await page.keyboard.press("Home");
    await expect(card.getByRole("checkbox")).toBeFocused();
  });
});
