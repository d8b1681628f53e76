import { expect, test } from "./fixtures";

test("an operator signs in through the login page and sees the servers", async ({ page }) => {
  // Entering the panel takes no round trip here: the wait a key login shows never appears.
  await page.addInitScript(() => {
    const seen = window as unknown as { entryShown?: boolean };
    document.addEventListener("DOMContentLoaded", () => {
      new MutationObserver(() => {
        if (document.body.textContent.includes("Signing you in")) seen.entryShown = true;
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
  });
  await page.goto("/dcimgr");
  await expect(page.getByRole("heading", { name: "DCI Console" })).toBeVisible();

  await page.getByLabel("Username").fill("admin");
  await page.getByLabel("Password").fill("admin");
  await page.getByRole("button", { name: "Log in" }).click();

  await expect(page.getByRole("heading", { name: "Servers" })).toBeVisible();
  await expect(page).toHaveURL(/\/dcimgr\/server$/);
  expect(
    await page.evaluate(() => (window as { entryShown?: boolean }).entryShown),
  ).toBeUndefined();
  const table = page.getByRole("grid");
  await expect(table.getByRole("row")).toHaveCount(11);
  await expect(table.getByRole("row", { name: /S-R01-01.*web1\.acme\.example/ })).toBeVisible();
  await expect(
    table.getByRole("row", { name: /S-R02-05/ }).getByRole("img", { name: /Power state unknown/ }),
  ).toBeVisible();
});

test("a wrong password is refused with a clear message", async ({ page }) => {
  await page.goto("/dcimgr/login");
  await page.getByLabel("Username").fill("admin");
  await page.getByLabel("Password").fill("wrong");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("alert")).toHaveText("Wrong username or password.");
});

test("a key-login navigation without out gets the app, not the API", async ({ page }) => {
  const response = await page.goto("/dcimgr?func=auth&username=acme&key=0123456789abcdef");
  expect(response?.headers()["content-type"]).toContain("text/html");
  await expect(page.getByRole("heading", { name: "DCI Console" })).toBeVisible();
});
