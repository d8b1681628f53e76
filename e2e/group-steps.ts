import type { Page } from "@playwright/test";

import { expect, signIn } from "./fixtures";

/** Reboots the selected servers: the Power menu's Reboot, confirmed. */
export async function rebootSelected(page: Page) {
  await page.getByRole("button", { name: "Power" }).click();
  await page.getByRole("menuitem", { name: "Reboot" }).click();
  await page
    .getByRole("dialog", { name: "Reboot" })
    .getByRole("button", { name: "Reboot" })
    .click();
}

/**
 * Signs in as the operator and reboots S-R01-01 and S-R01-02 while the second is powered off
 * behind the page's back, so the panel refuses it: the group's result is "done for 1 of 2".
 */
export async function rebootWithOneRefused(
  page: Page,
  emulator: { call: (params: Record<string, string>) => Promise<string> },
) {
  await signIn(page, "admin");
  await page.getByRole("checkbox", { name: "Select S-R01-01" }).check();
  await page.getByRole("checkbox", { name: "Select S-R01-02" }).check();
  await emulator.call({ func: "server.poweroff", elid: "2", sok: "ok" });
  await rebootSelected(page);
  const results = page.getByRole("region", { name: "Reboot: done for 1 of 2" });
  await expect(results).toBeVisible();
  return results;
}
