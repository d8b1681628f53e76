import { expect, test } from "./fixtures";

test("a customer sent by billing with a key lands on their own servers, and the key leaves the address and history", async ({
  page,
  emulator,
}) => {
  const key = "billing-key-acme-0001";
  await emulator.call({ func: "session.newkey", username: "acme", key, sok: "ok" });
  await page.goto("about:blank");
  await page.goto(`/dcimgr?func=auth&username=acme&key=${key}&checkcookie=no`);

  await expect(page.getByRole("heading", { name: "Servers" })).toBeVisible();
  const table = page.getByRole("table");
  await expect(table.getByRole("row")).toHaveCount(4);
  await expect(table.getByRole("row", { name: /web1\.acme\.example/ })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Owner" })).toHaveCount(0);
  expect(page.url()).not.toContain(key);

  await page.goBack();
  expect(page.url()).not.toContain(key);

  // The key worked once: the same link now explains itself instead of asking for a password.
  await page.goto(`/dcimgr?func=auth&username=acme&key=${key}`);
  await expect(page.getByText(/already been used or has expired/)).toBeVisible();
  await expect(page.getByLabel("Password")).toHaveCount(0);
});
