import { http } from "msw";

import type { Emulator } from "./core";

/**
 * MSW handlers over the emulator core, for Vitest: the same answers as the HTTP server,
 * for every path of the panel endpoint. The client address is fixed, as behind a proxy.
 */
export function createHandlers(emulator: Emulator, clientIp = "127.0.0.1") {
  const answer = ({ request }: { request: Request }) => emulator.handle(request, clientIp);
  const panel = emulator.config.panel;
  return [http.all(`*/${panel}`, answer), http.all(`*/manager/${panel}`, answer)];
}
