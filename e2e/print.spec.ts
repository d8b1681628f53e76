import { expect, signIn, test } from "./fixtures";

test("a printed list shows the table, what is filtered, which rows, when and by whom, and no controls", async ({
  page,
}) => {
  await signIn(page, "admin");
  await page.getByRole("button", { name: "Filter" }).click();
  await page.getByLabel("Owner").selectOption("globex");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Owner: globex" })).toBeVisible();

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("table")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main menu" })).toBeHidden();
  await expect(page.getByRole("toolbar")).toBeHidden();
  await expect(page.getByRole("button", { name: "Reset filter" })).toBeHidden();
  await expect(page.getByText("Rows 1–2 / 2")).toBeVisible();
  await expect(page.getByText(/^Printed by admin · /)).toBeVisible();

  await page.emulateMedia({ media: "screen" });
  await expect(page.getByText(/^Printed by admin · /)).toBeHidden();
});
