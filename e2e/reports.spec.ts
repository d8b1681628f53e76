import { expect, signIn, test } from "./fixtures";

test("an operator reads the dashboard and the traffic report for another period", async ({
  page,
}) => {
  await signIn(page, "admin");
  const menu = page.getByRole("navigation", { name: "Main menu" });
  await menu.getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  const servers = page.getByRole("region", { name: "Servers" });
  await expect(servers.getByRole("row")).toHaveCount(6);
  await expect(
    page.getByRole("region", { name: "Quick links" }).getByRole("link", { name: "Traffic" }),
  ).toBeVisible();

  await menu.getByRole("link", { name: "Traffic" }).click();
  const band = page.getByRole("region", { name: "Traffic by server" });
  await expect(band.getByRole("img", { name: "Traffic by server: Received, Sent" })).toBeVisible();
  await expect(band.getByRole("row").last()).toContainText("Total");
  const monthTotal = await band.getByRole("row").last().textContent();

  await page.getByLabel(/Period/).selectOption("currentday");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/period=currentday/);
  await expect(band.getByRole("row").last()).not.toHaveText(monthTotal ?? "");

  // The report is a link: reloading shows the same period.
  await page.reload();
  await expect(page.getByLabel(/Period/)).toHaveValue("currentday");
});
