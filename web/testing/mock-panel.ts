import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll } from "vitest";

import { createEmulator, type Emulator, type EmulatorOptions } from "../mocks/emulator/core";
import { createHandlers } from "../mocks/emulator/msw-handlers";

/**
 * A fresh emulator behind MSW for one test file: every request to the panel goes to the
 * emulator core, anything else fails the test, and the emulator is reset after each test.
 */
export function setupMockPanel(options: EmulatorOptions = {}) {
  const emulator: Emulator = createEmulator(options);
  const server = setupServer(...createHandlers(emulator));
  beforeAll(() => {
    server.listen({ onUnhandledRequest: "error" });
  });
  afterEach(() => {
    server.resetHandlers();
    emulator.reset();
  });
  afterAll(() => {
    server.close();
  });
  return { emulator, server };
}
