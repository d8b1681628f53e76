import type { Emulator } from "./core";

/**
 * `http502`: a proxy error instead of the panel; `truncate`: half the reply's body; `drop`: the
 * connection is closed before the panel sees the request (nothing is done); `dropafter`: the panel
 * does the work (changed and journalled) and the connection is closed without a reply.
 */
export type FaultMode = "http502" | "truncate" | "drop" | "dropafter";

/** Faults for the next panel requests, applied by the HTTP adapter. */
export interface Faults {
  latencyMs: number;
  mode?: FaultMode;
  /** How many more requests get `mode`; latency stays until cleared. */
  remaining: number;
}

export interface Control {
  intercept: (request: Request, path: string) => Promise<Response | undefined>;
  /** The fault for the next panel request, counting it down. */
  takeFault: () => { latencyMs: number; mode?: FaultMode };
}

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

const modes = new Set<string>(["http502", "truncate", "drop", "dropafter"]);

/**
 * `/__emulator/*`, for end-to-end tests only (EMULATOR_CONTROL=1): reset to the seed, change
 * the idle timeout, move the clock, inject faults. Without the flag these paths do not exist.
 */
export function createControl(emulator: Emulator): Control {
  const faults: Faults = { latencyMs: 0, remaining: 0 };

  const routes: Record<string, (query: URLSearchParams) => Response> = {
    "/__emulator/reset": (query) => {
      // `servers=N`: a seed with N more generated servers (a long list to print), until the next reset.
      const servers = number(query.get("servers"));
      emulator.reset(
        servers !== undefined && servers >= 0 && servers <= 100_000 ? servers : undefined,
      );
      Object.assign(faults, { latencyMs: 0, mode: undefined, remaining: 0 });
      return json({ ok: true });
    },
    "/__emulator/config": (query) => {
      const idle = number(query.get("idleTimeoutSec"));
      if (idle !== undefined && idle > 0) emulator.config.idleTimeoutSec = idle;
      const bind = query.get("bindSessionToIp");
      if (bind !== null) emulator.config.bindSessionToIp = bind === "1" || bind === "true";
      return json({ ok: true, config: emulator.config });
    },
    "/__emulator/clock": (query) => {
      const advance = number(query.get("advanceMs"));
      if (advance === undefined) return json({ error: "advanceMs must be an integer" }, 400);
      emulator.advanceClock(advance);
      return json({ ok: true, now: emulator.now() });
    },
    "/__emulator/faults": (query) => {
      const mode = query.get("mode");
      if (mode !== null && mode !== "" && !modes.has(mode))
        return json({ error: `mode must be one of ${[...modes].join(", ")}` }, 400);
      faults.latencyMs = Math.max(0, number(query.get("latencyMs")) ?? 0);
      faults.mode = mode ? (mode as FaultMode) : undefined;
      faults.remaining = faults.mode ? Math.max(1, number(query.get("count")) ?? 1) : 0;
      return json({ ok: true, faults });
    },
  };

  return {
    intercept(request, path) {
      if (!path.startsWith("/__emulator/")) return Promise.resolve(undefined);
      const route = routes[path];
      if (!route) return Promise.resolve(json({ error: `unknown control path ${path}` }, 404));
      return Promise.resolve(route(new URL(request.url).searchParams));
    },
    takeFault() {
      const mode = faults.remaining > 0 ? faults.mode : undefined;
      if (mode) faults.remaining -= 1;
      return { latencyMs: faults.latencyMs, mode };
    },
  };
}
