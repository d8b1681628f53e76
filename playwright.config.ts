import { defineConfig, devices } from "@playwright/test";

/** Debian's chromium (scripts/ensure-chromium.ts); Playwright's own browser download is not used. */
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const emulatorPort = 1510;
const appPort = 4173;

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: {
    timeout: 10_000,
    // Pictures compared where the look is the point (e2e/look.spec.ts): a little anti-aliasing
    // may differ, a changed colour, border or layout may not.
    toHaveScreenshot: { maxDiffPixelRatio: 0.01, animations: "disabled", caret: "hide" },
  },
  reporter: [["list"]],
  use: {
    ...devices["Desktop Chrome"],
    baseURL: `http://127.0.0.1:${appPort}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: [
    {
      // The real HTTP emulator, with the control endpoints for resetting between tests.
      command: `npx tsx web/mocks/emulator/main.ts --port ${emulatorPort}`,
      url: `http://127.0.0.1:${emulatorPort}/dcimgr?out=xml&func=whoami`,
      env: { EMULATOR_CONTROL: "1" },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The built app, as it ships, with /dcimgr proxied to the emulator.
      command: `npx vite build --logLevel warn && npx vite preview --port ${appPort} --strictPort`,
      url: `http://127.0.0.1:${appPort}`,
      env: { MGR_URL: `http://127.0.0.1:${emulatorPort}` },
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});

export const emulatorUrl = `http://127.0.0.1:${emulatorPort}`;
