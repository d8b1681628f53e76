import { expect, test } from "./fixtures";

test("a customer sent by billing with a key lands on their own servers, and the key leaves the address and history", async ({
  page,
  emulator,
}) => {
  const key = "billing-key-acme-0001";
  await emulator.call({ func: "session.newkey", username: "acme", key, sok: "ok" });
  await page.goto("about:blank");
  const billing = "https://billing.example.com/clientarea.php?action=productdetails&id=7";
  await page.goto(`/dcimgr?func=auth&username=acme&key=${key}&checkcookie=no`, {
    referer: billing,
  });

  await expect(page.getByRole("heading", { name: "Servers" })).toBeVisible();
  // The way back to where the customer came from.
  await expect(page.getByRole("link", { name: "Back to billing" })).toHaveAttribute(
    "href",
    billing,
  );
  const table = page.getByRole("grid");
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

test("a key login that waits for the panel says it is signing the customer in", async ({
  page,
  emulator,
}) => {
  const key = "billing-key-acme-slow";
  await emulator.call({ func: "session.newkey", username: "acme", key, sok: "ok" });
  await emulator.fault({ latencyMs: 1500 });
  await page.goto(`/dcimgr?func=auth&username=acme&key=${key}`);

  await expect(page.getByRole("status").filter({ hasText: "Signing you in…" })).toBeVisible();
  await emulator.fault({ latencyMs: 0 });
  await expect(page.getByRole("heading", { name: "Servers" })).toBeVisible();
  await expect(page.getByText("Signing you in…")).toHaveCount(0);
});

test("billing's IPMI link takes over its session, asks before sending, and opens the console", async ({
  page,
  context,
  emulator,
}) => {
  // ISPsystem's WHMCS module: a key for the customer, auth with it, then this address.
  const key = "billing-key-acme-ipmi-0001";
  await emulator.call({ func: "session.newkey", username: "acme", key });
  const auth = await emulator.call({ func: "auth", username: "acme", key });
  const session = /<auth[^>]*>([^<]+)<\/auth>/.exec(auth)?.[1] ?? "";
  expect(session).not.toBe("");
  const connections = await emulator.call({ func: "server.connection", elid: "1" });
  const ipmi = /<type>IPMI<\/type>[\s\S]*?<port>([^<]+)<\/port>/.exec(connections)?.[1] ?? "";
  expect(ipmi).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  await context.route(`https://${ipmi}/**`, (route) =>
    route.fulfill({ contentType: "text/html", body: "<title>IPMI console</title>" }),
  );

  await page.goto(`/dcimgr?auth=${session}&elid=1&func=ipmiredirect&newwindow=yes&value=IPMI%20S1`);
  await expect(page.getByRole("heading", { name: "Open this function?" })).toBeVisible();
  expect(page.url()).not.toContain(session);
  await expect(page.getByRole("navigation", { name: "Main menu" })).toBeVisible();

  const popup = page.waitForEvent("popup");
  await page.getByRole("button", { name: "Open it" }).click();
  const console = await popup;
  await console.waitForURL(`https://${ipmi}/`);
  await expect(console).toHaveTitle("IPMI console");
});
