import type { Page } from "@playwright/test";

import { expect, failChunk, signIn, test } from "./fixtures";

const menu = (page: Page) => page.getByRole("navigation", { name: "Main menu" });
const table = (page: Page) => page.getByRole("grid");
/** Picks a file for the SSH key form's Key file field, as from the disk. */
const chooseKeyFile = (page: Page, name: string, content: string) =>
  page
    .getByLabel(/^Key file/)
    .setInputFiles({ name, mimeType: "text/plain", buffer: Buffer.from(content) });
const sshKey =
  "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl laptop\n";

test("a customer adds an SSH key from a key file, sent as multipart with the form", async ({
  page,
  emulator,
}) => {
  await signIn(page, "acme");
  await menu(page).getByRole("link", { name: "SSH keys" }).click();
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await page.getByLabel(/^Name/).fill("laptop from file");
  await chooseKeyFile(page, "id_ed25519.pub", sshKey);
  await expect(page.getByText("Chosen: id_ed25519.pub")).toBeVisible();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(table(page).getByRole("row", { name: /laptop from file/ })).toBeVisible();
  const keys = await emulator.call({ func: "sshpubkey", su: "acme" });
  expect(keys).toContain("laptop from file");
});

test("a file that is no key is refused on the file field, and what was typed stays", async ({
  page,
}) => {
  await signIn(page, "acme");
  await page.goto("/dcimgr/sshpubkey.edit");
  await page.getByLabel(/^Name/).fill("not a key");
  await chooseKeyFile(page, "notes.txt", "shopping list\n");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(/notes\.txt' is not an SSH public key/)).toBeVisible();
  await expect(page.getByLabel(/^Name/)).toHaveValue("not a key");
});

test("a form with a file whose upload code cannot be fetched says nothing was sent, keeps what was typed, and sends it when the code comes", async ({
  page,
  emulator,
}) => {
  const uploadCode = await failChunk(page, "upload");
  await signIn(page, "acme");
  await page.goto("/dcimgr/sshpubkey.edit");
  await page.getByLabel(/^Name/).fill("laptop from file");
  await chooseKeyFile(page, "id_ed25519.pub", sshKey);
  // The code is asked for as the file is chosen, not when Save is pressed.
  await expect.poll(uploadCode.asked).toBeGreaterThan(0);
  await page.getByRole("button", { name: "Save" }).click();
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("could not be loaded, so nothing was sent");
  await expect(page.getByText(/may or may not have been done/)).toHaveCount(0);
  // Its own Save sends it again; a button that asked the panel for the form again would not.
  await expect(alert.getByRole("button")).toHaveCount(0);
  await expect(page.getByLabel(/^Name/)).toHaveValue("laptop from file");
  expect(await emulator.journalCount("sshpubkey.edit")).toBe(0);

  await uploadCode.restore();
  await page.getByRole("button", { name: "Save" }).click();
  await expect.poll(() => emulator.journalCount("sshpubkey.edit")).toBe(1);
  expect(await emulator.call({ func: "sshpubkey", su: "acme" })).toContain("laptop from file");
});

test("an operator gives two servers a new owner at once (group edit)", async ({ page }) => {
  await signIn(page, "admin");
  await table(page)
    .getByRole("row", { name: /S-R01-03/ })
    .click();
  await table(page)
    .getByRole("row", { name: /S-R01-04/ })
    .click({ modifiers: ["ControlOrMeta"] });
  await page.getByRole("button", { name: "Edit" }).click();
  await expect(page).toHaveURL(/elid=3%2C(\+|%20)4/);
  await page.getByLabel(/^Owner/).selectOption("globex");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: "Servers" })).toBeVisible();
  for (const name of [/S-R01-03/, /S-R01-04/])
    await expect(table(page).getByRole("row", { name })).toContainText("globex");
});

test("the add-a-server wizard goes forward and back, survives a reload, and adds one server", async ({
  page,
  emulator,
}) => {
  await signIn(page, "admin");
  await page.getByRole("button", { name: "Add step by step" }).click();
  await expect(page.getByRole("heading", { name: /1 of 3/ })).toBeVisible();
  await page.getByLabel(/^Name/).fill("S-R09-01");
  await page.getByLabel(/^Server type/).selectOption({ index: 1 });
  await page.getByLabel(/^Rack/).selectOption("R01");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByRole("heading", { name: /2 of 3/ })).toBeVisible();
  await expect(page).toHaveURL(/step=2/);
  // The way back to the list it was started from stays on every step.
  await expect(page.getByRole("main").getByRole("link", { name: "Servers" })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("heading", { name: /2 of 3/ })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole("heading", { name: /1 of 3/ })).toBeVisible();
  // What was typed into the step comes back with it, even after the reload.
  await expect(page.getByLabel(/^Name/)).toHaveValue("S-R09-01");
  await expect(page.getByLabel(/^Rack/)).toHaveValue("R01");
  await page.goForward();
  await expect(page.getByRole("heading", { name: /2 of 3/ })).toBeVisible();

  const domain = page.getByLabel(/^Domain name/);
  if ((await domain.inputValue()) === "") await domain.fill("s-r09-01.example");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByRole("heading", { name: /3 of 3/ })).toBeVisible();
  await page.getByLabel(/^Operating system/).selectOption({ index: 1 });
  await page.getByLabel(/^Root password/).fill("Sup3r-secret!");
  await page.getByLabel(/^Repeat the password/).fill("Sup3r-secret!");
  expect(page.url()).not.toContain("Sup3r");
  await page.getByRole("button", { name: "Add the server" }).click();
  await expect(page).toHaveURL(/\/dcimgr\/server\.edit\?elid=\d+/);
  await expect.poll(() => emulator.journalCount("server.add")).toBe(1);
  // Back into the finished wizard offers nothing to send again.
  await page.goBack();
  await expect(page.getByText(/This was done already/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Next" })).toHaveCount(0);
});
