import { test as base, expect, type Page } from "@playwright/test";

import { emulatorUrl } from "../playwright.config";

interface EmulatorControl {
  /** Back to the seed; `servers` more generated servers until the next reset (long lists). */
  reset: (servers?: number) => Promise<void>;
  setIdleTimeout: (seconds: number) => Promise<void>;
  advanceClock: (ms: number) => Promise<void>;
  /** Calls the panel as the operator with authinfo, the way billing does; returns the XML. */
  call: (params: Record<string, string>) => Promise<string>;
  /** Faults for the next panel requests (`/__emulator/faults`): a mode for `count`, or latency. */
  fault: (options: { mode?: Fault; count?: number; latencyMs?: number }) => Promise<void>;
  /** How many journal entries the panel wrote for `func`: each change is journalled once. */
  journalCount: (func: string) => Promise<number>;
}

export type Fault = "http502" | "truncate" | "drop" | "dropafter";

interface Fixtures {
  /** The HTTP emulator, reset to its seed before and after each test. */
  emulator: EmulatorControl;
}

export const test = base.extend<Fixtures>({
  emulator: [
    async ({ request }, use) => {
      const post = async (path: string) => {
        expect((await request.post(`${emulatorUrl}${path}`)).ok()).toBe(true);
      };
      const control: EmulatorControl = {
        reset: (servers) =>
          post(`/__emulator/reset${servers === undefined ? "" : `?servers=${String(servers)}`}`),
        setIdleTimeout: (seconds) => post(`/__emulator/config?idleTimeoutSec=${seconds}`),
        advanceClock: (ms) => post(`/__emulator/clock?advanceMs=${ms}`),
        call: async (params) => {
          const body = new URLSearchParams({ authinfo: "admin:admin", out: "xml", ...params });
          const response = await request.post(`${emulatorUrl}/dcimgr`, {
            data: body.toString(),
            headers: { "content-type": "application/x-www-form-urlencoded" },
          });
          const text = await response.text();
          expect(text, JSON.stringify(params)).not.toContain("<error");
          return text;
        },
        fault: ({ mode, count, latencyMs }) => {
          const query = new URLSearchParams();
          if (mode) query.set("mode", mode);
          if (count !== undefined) query.set("count", String(count));
          if (latencyMs !== undefined) query.set("latencyMs", String(latencyMs));
          return post(`/__emulator/faults?${query.toString()}`);
        },
        journalCount: async (func) => {
          const xml = await control.call({ func: "journal", p_cnt: "1000" });
          return xml.split("<func>").filter((part) => part.startsWith(`${func}</func>`)).length;
        },
      };
      await control.reset();
      await use(control);
      await control.reset();
    },
    { auto: true },
  ],
});

/** Logs in through the real login page. */
export async function signIn(page: Page, username: string, password = username): Promise<void> {
  await page.goto("/dcimgr");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("navigation", { name: "Main menu" })).toBeVisible();
}

/**
 * Signs in as admin to a panel of 1,000 servers and opens all of them on one page (the virtual
 * list); resolves to its grid, once its rows are counted.
 */
export async function openLongServerPage(page: Page, emulator: EmulatorControl) {
  await emulator.reset(1000);
  await signIn(page, "admin");
  await page.goto("/dcimgr/server?p_cnt=1000");
  const grid = page.getByRole("grid", { name: "Servers" });
  await expect(grid).toHaveAttribute("aria-rowcount", "1001");
  return grid;
}

/**
 * Makes every request for the built chunk `name` (its file name before the hash) fail, as after a
 * deployment that replaced the files or on a dropped connection. Says how often it was asked for,
 * and lets it through again.
 */
export async function failChunk(page: Page, name: string) {
  const files = `**/assets/${name}-*.js`;
  let asked = 0;
  await page.route(files, (route) => {
    asked += 1;
    return route.abort();
  });
  return { asked: () => asked, restore: () => page.unroute(files) };
}

export { expect };
