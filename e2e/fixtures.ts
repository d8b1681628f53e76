import { test as base, expect } from "@playwright/test";

import { emulatorUrl } from "../playwright.config";

interface Fixtures {
  /** The HTTP emulator, reset to its seed before each test. */
  emulator: { reset: () => Promise<void>; setIdleTimeout: (seconds: number) => Promise<void> };
}

export const test = base.extend<Fixtures>({
  emulator: [
    async ({ request }, use) => {
      const control = {
        reset: async () => {
          expect((await request.post(`${emulatorUrl}/__emulator/reset`)).ok()).toBe(true);
        },
        setIdleTimeout: async (seconds: number) => {
          expect(
            (await request.post(`${emulatorUrl}/__emulator/config?idleTimeoutSec=${seconds}`)).ok(),
          ).toBe(true);
        },
      };
      await control.reset();
      await use(control);
      await control.reset();
    },
    { auto: true },
  ],
});

export { expect };
