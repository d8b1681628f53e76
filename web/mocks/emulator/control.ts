import type { Emulator } from "./core";

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

function number(value: string | null): number | undefined {
  if (value === null || !/^-?\d+$/.test(value)) return undefined;
  return Number(value);
}

/**
 * `/__emulator/*`, for end-to-end tests only (EMULATOR_CONTROL=1): reset to the seed, change
 * the idle timeout, move the clock. Without the flag these paths do not exist.
 */
export function createControl(emulator: Emulator) {
  return (request: Request, path: string): Promise<Response | undefined> => {
    if (!path.startsWith("/__emulator/")) return Promise.resolve(undefined);
    const query = new URL(request.url).searchParams;
    switch (path) {
      case "/__emulator/reset":
        emulator.reset();
        return Promise.resolve(json({ ok: true }));
      case "/__emulator/config": {
        const idle = number(query.get("idleTimeoutSec"));
        if (idle !== undefined && idle > 0) emulator.config.idleTimeoutSec = idle;
        const bind = query.get("bindSessionToIp");
        if (bind !== null) emulator.config.bindSessionToIp = bind === "1" || bind === "true";
        return Promise.resolve(json({ ok: true, config: emulator.config }));
      }
      case "/__emulator/clock": {
        const advance = number(query.get("advanceMs"));
        if (advance === undefined)
          return Promise.resolve(json({ error: "advanceMs must be an integer" }, 400));
        emulator.advanceClock(advance);
        return Promise.resolve(json({ ok: true, now: emulator.now() }));
      }
      default:
        return Promise.resolve(json({ error: `unknown control path ${path}` }, 404));
    }
  };
}
