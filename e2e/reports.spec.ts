import { expect, signIn, test } from "./fixtures";

test("an operator reads the dashboard and the traffic report for another period", async ({
  page,
}) => {
  await signIn(page, "admin");
  const menu = page.getByRole("navigation", { name: "Main menu" });
  await menu.getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  await expect(page).toHaveTitle("Dashboard — DCI Console");
  const servers = page.getByRole("region", { name: "Servers" });
  await expect(servers.getByRole("row")).toHaveCount(6);
  await expect(
    page
      .getByRole("region", { name: "Quick links" })
      .getByRole("link", { name: "Traffic", exact: true }),
  ).toBeVisible();

  await menu.getByRole("link", { name: "Traffic", exact: true }).click();
  const band = page.getByRole("region", { name: "Traffic by server" });
  await expect(band.getByRole("img", { name: "Traffic by server: Received, Sent" })).toBeVisible();
  await expect(band.getByRole("row").last()).toContainText("Total");
  await expect(page).toHaveTitle(/^Traffic.* — DCI Console$/);
  const monthTotal = await band.getByRole("row").last().textContent();

  await page.getByLabel(/Period/).selectOption("currentday");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/period=currentday/);
  await expect(band.getByRole("row").last()).not.toHaveText(monthTotal ?? "");

  // The report is a link: reloading shows the same period.
  await page.reload();
  await expect(page.getByLabel(/Period/)).toHaveValue("currentday");
});

test("an operator drills from the traffic report into one server's details and prints them", async ({
  page,
}) => {
  await signIn(page, "admin");
  await page
    .getByRole("navigation", { name: "Main menu" })
    .getByRole("link", { name: "Traffic", exact: true })
    .click();
  const band = page.getByRole("region", { name: "Traffic by server" });
  await band.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/dcimgr\/trafficdetails\?/);

  // Nested bands sit under their parent, a band without rows says so, and each chart follows its table.
  await expect(page.getByRole("heading", { level: 3 }).first()).toBeVisible();
  await expect(page.getByText("No rows.").first()).toBeVisible();
  await expect(page.getByRole("img").first()).toBeVisible();
  const back = page.getByRole("link", { name: /Back/ });
  await expect(back).toBeVisible();

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main menu" })).toBeHidden();
  await expect(page.getByRole("table").first()).toBeVisible();
  await expect(page.getByText(/^Printed by admin · /)).toBeVisible();
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
  await page.emulateMedia({ media: "screen" });

  await back.click();
  await expect(page).toHaveURL(/\/dcimgr\/traffic/);
});
