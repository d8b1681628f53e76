/**
 * `npm run screenshots`: the pictures in the README, taken from the built app against the
 * emulator in Debian's Chromium (light and dark, desktop and phone), into e2e/screenshots/.
 * Run it after a visible change and look at them before committing.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";

import { chromium, type Page } from "@playwright/test";

import { startEmulator } from "../web/mocks/emulator/main";

const appDir = "dist-shots";
const port = 1536;
const base = `http://127.0.0.1:${String(port)}`;
const out = "e2e/screenshots";

async function signIn(page: Page, user: string) {
  await page.goto(`${base}/dcimgr/login`);
  await page.getByLabel("Username").fill(user);
  await page.getByLabel("Password").fill(user);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.getByRole("heading", { name: "Servers" }).waitFor();
}

execFileSync("npx", ["vite", "build", "--outDir", appDir, "--emptyOutDir", "--logLevel", "error"], {
  stdio: "inherit",
});
mkdirSync(out, { recursive: true });
const { server } = await startEmulator({ port, host: "127.0.0.1", quiet: true, appDir });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
try {
  const desktop = async (colorScheme: "light" | "dark") => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
      colorScheme,
    });
    const page = await context.newPage();
    await signIn(page, "admin");
    return { context, page };
  };

  const light = await desktop("light");
  await light.page.getByRole("row", { name: /S-R01-03/ }).click();
  await light.page.getByRole("button", { name: "Power", exact: true }).click();
  await light.page.getByRole("menu").waitFor();
  await light.page.screenshot({ path: `${out}/servers-light.png` });
  await light.page.keyboard.press("Escape");
  await light.page.getByRole("button", { name: "Edit" }).click();
  await light.page.getByRole("heading", { name: /^Server: / }).waitFor();
  await light.page.screenshot({ path: `${out}/form-light.png` });
  await light.context.close();

  const dark = await desktop("dark");
  await dark.page.keyboard.press("Control+k");
  await dark.page.getByRole("combobox", { name: /Type a page/ }).waitFor();
  await dark.page.keyboard.type("o");
  await dark.page.screenshot({ path: `${out}/palette-dark.png` });
  await dark.page.keyboard.press("Escape");
  await dark.page.goto(`${base}/dcimgr/traffic`);
  await dark.page.getByRole("heading", { name: "Traffic", exact: true }).waitFor();
  await dark.page.getByText("Loading…").waitFor({ state: "detached" });
  await dark.page.screenshot({ path: `${out}/report-dark.png` });
  await dark.context.close();

  const phone = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await phone.newPage();
  await signIn(page, "acme");
  await page.screenshot({ path: `${out}/phone-customer.png` });
  await phone.close();
} finally {
  await browser.close();
  server.close();
}
