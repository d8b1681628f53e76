import { expect, signIn, test } from "./fixtures";

test("an operator sorts, pages, filters, powers servers off, visits a sub-list and creates a user", async ({
  page,
  browser,
  emulator,
}) => {
  // Fifteen more servers, added the way billing does, so the list has two pages of twenty.
  for (let index = 1; index <= 15; index += 1) {
    await emulator.call({
      func: "server.edit",
      name: `S-R03-${String(index).padStart(2, "0")}`,
      hostname: "free.ds",
      chassis_templ: "SM-E3-1230v6-32G-2x480SSD",
      rack: "R03",
      sok: "ok",
    });
  }
  await signIn(page, "admin");
  const menu = page.getByRole("navigation", { name: "Main menu" });
  await menu.getByRole("link", { name: "Users" }).click();
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
  await menu.getByRole("link", { name: "Servers" }).click();
  await expect(page.getByRole("heading", { name: "Servers" })).toBeVisible();
  const table = page.getByRole("grid");

  // Sort by name, descending.
  const nameHeader = page.getByRole("columnheader", { name: "Name", exact: true });
  await nameHeader.getByRole("button").click();
  await expect(nameHeader).toHaveAttribute("aria-sort", "ascending");
  await nameHeader.getByRole("button").click();
  await expect(nameHeader).toHaveAttribute("aria-sort", "descending");
  await expect(table.getByRole("row").nth(1)).toContainText("S-R03-15");

  // Twenty a page, then the next page.
  await page.getByLabel("Rows per page").selectOption("20");
  await expect(page.getByText("Page 1 / 2")).toBeVisible();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Page 2 / 2")).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(6);
  await expect(table.getByRole("row").last()).toContainText("S-R01-01");

  // Filter by owner.
  await page.getByRole("button", { name: "Filter" }).click();
  await page.getByLabel("Owner").selectOption("acme");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Owner: acme" })).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(4);
  // The filter is in the address: the link opened by someone else, in a session that never
  // used the filter, shows the same rows.
  await expect(page).toHaveURL(/[?&]filter=owner%3Dacme/);
  const elsewhere = await browser.newContext();
  const colleague = await elsewhere.newPage();
  await signIn(colleague, "admin");
  await colleague.goto(page.url());
  await expect(colleague.getByRole("status").filter({ hasText: "Owner: acme" })).toBeVisible();
  await expect(colleague.getByRole("grid").getByRole("row")).toHaveCount(4);
  await elsewhere.close();

  // Select two servers and power them off, confirming.
  await table.getByRole("row", { name: /web1\.acme\.example/ }).click();
  await table
    .getByRole("row", { name: /db1\.acme\.example/ })
    .click({ modifiers: ["ControlOrMeta"] });
  await expect(table.getByRole("row", { selected: true })).toHaveCount(2);
  await page.getByRole("button", { name: "Power", exact: true }).click();
  await page.getByRole("menuitem", { name: "Power off" }).click();
  const confirm = page.getByRole("dialog", { name: "Power off" });
  await expect(confirm).toContainText("S-R01-02, S-R01-01");
  await confirm.getByRole("button", { name: "Power off" }).click();
  await expect(
    table
      .getByRole("row", { name: /web1\.acme\.example/ })
      .getByRole("img", { name: "Powered off" }),
  ).toBeVisible();
  await expect(
    table
      .getByRole("row", { name: /db1\.acme\.example/ })
      .getByRole("img", { name: "Powered off" }),
  ).toBeVisible();

  // A server's IP addresses, and back by the breadcrumb.
  await table.getByRole("row", { name: /web1\.acme\.example/ }).click();
  await page.getByRole("button", { name: "Open", exact: true }).click();
  await page.getByRole("menuitem", { name: "IP addresses" }).click();
  await expect(page.getByRole("heading", { name: "IP addresses" })).toBeVisible();
  await expect(page.getByRole("grid").getByRole("row", { name: /2001:db8:10::10/ })).toBeVisible();
  await page
    .getByRole("navigation", { name: "Breadcrumbs" })
    .getByRole("link", { name: "Servers" })
    .click();
  await expect(page.getByRole("heading", { name: "Servers" })).toBeVisible();

  // A new user: a field error first, then success.
  await menu.getByRole("link", { name: "Users" }).click();
  await page.getByRole("button", { name: "Add" }).click();
  await page.getByLabel(/Username/).fill("hooli");
  await page.getByLabel(/^Password/).fill("hooli-secret");
  await page.getByLabel(/Repeat the password/).fill("hooli-secret");
  await page.getByLabel("Email").fill("not an email");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Enter an email address such as name@example.com")).toBeVisible();
  await page.getByLabel("Email").fill("it@hooli.example");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
  await expect(page.getByRole("grid").getByRole("row", { name: /hooli/ })).toBeVisible();
});

test("a link opened in a new tab works while another tab is signed in", async ({ page }) => {
  await signIn(page, "admin");
  const other = await page.context().newPage();
  await other.goto("/dcimgr/switch");
  await expect(other.getByRole("heading", { name: "Switches" })).toBeVisible();
  await expect(other.getByRole("grid").getByRole("row", { name: /sw-r02/ })).toBeVisible();
});
