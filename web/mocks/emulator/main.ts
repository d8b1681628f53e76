import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";

import type { EmulatorConfig } from "./context";
import { createControl } from "./control";
import { createEmulator } from "./core";
import { createEmulatorServer } from "./node-server";
import { createReplay } from "./replay";
import { loadState, saveState } from "./persistence";
import { demoAccounts } from "./seed";

export interface StartOptions {
  port: number;
  host: string;
  /** Print the banner with the demo accounts. */
  quiet?: boolean;
  /** Answer from this recording of a real panel instead (replay.ts). */
  replayDir?: string;
  /** The built app to serve; default `dist` (the bench serves its own build). */
  appDir?: string;
}

function positive(name: string): number | undefined {
  const value = process.env[name];
  if (value === undefined || value === "") return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0)
    throw new Error(`${name} must be a positive whole number of seconds, not ${value}`);
  return number;
}

/** EMULATOR_IDLE_TIMEOUT, EMULATOR_BIND_IP=0, EMULATOR_ONETIME_EXPIRE (seconds), EMULATOR_PANEL. */
function configFromEnvironment(): Partial<EmulatorConfig> {
  const config: Partial<EmulatorConfig> = {};
  const idle = positive("EMULATOR_IDLE_TIMEOUT");
  if (idle !== undefined) config.idleTimeoutSec = idle;
  const oneTime = positive("EMULATOR_ONETIME_EXPIRE");
  if (oneTime !== undefined) config.oneTimeKeyTtlSec = oneTime;
  if (process.env.EMULATOR_BIND_IP === "0") config.bindSessionToIp = false;
  const panel = process.env.EMULATOR_PANEL;
  if (panel !== undefined && panel !== "") {
    if (!/^[a-z][a-z0-9_]*$/.test(panel))
      throw new Error(`EMULATOR_PANEL must be a panel name such as dcimgr, not ${panel}`);
    config.panel = panel;
  }
  return config;
}

/** Starts the emulator as configured by the environment (README of this folder). */
export async function startEmulator({
  port,
  host,
  quiet = false,
  replayDir,
  appDir = "dist",
}: StartOptions) {
  const stateFile = process.env.EMULATOR_STATE;
  const distDir = resolve(appDir);
  const indexHtml = () =>
    existsSync(`${distDir}/index.html`) ? readFileSync(`${distDir}/index.html`, "utf8") : undefined;
  if (replayDir !== undefined)
    return startReplay({ port, host, quiet, replayDir, distDir, indexHtml });
  const emulator = createEmulator({
    config: configFromEnvironment(),
    state: stateFile ? loadState(stateFile) : undefined,
    extraServers: Number(process.env.EMULATOR_SERVERS ?? "0") || 0,
    indexHtml,
    onChange: stateFile
      ? (state) => {
          saveState(stateFile, state);
        }
      : undefined,
  });
  if (stateFile) saveState(stateFile, emulator.state);
  const control = process.env.EMULATOR_CONTROL === "1" ? createControl(emulator) : undefined;
  const server = createEmulatorServer({ emulator, distDir, control });
  await new Promise<void>((resolveListen, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      resolveListen();
    });
  });
  if (!quiet) {
    console.log(`DCImanager emulator: http://${host}:${port}/${emulator.config.panel}`);
    console.log("Demo accounts:");
    for (const account of demoAccounts)
      console.log(`  ${account.username} / ${account.password}  ${account.role}`);
    if (control) console.log("Control endpoints /__emulator/* are on (EMULATOR_CONTROL=1).");
  }
  return { emulator, server };
}

async function startReplay(options: {
  port: number;
  host: string;
  quiet: boolean;
  replayDir: string;
  distDir: string;
  indexHtml: () => string | undefined;
}) {
  const replay = createReplay(options.replayDir, {
    indexHtml: options.indexHtml,
    panel: process.env.EMULATOR_PANEL || undefined,
  });
  const server = createEmulatorServer({ emulator: replay, distDir: options.distDir });
  await new Promise<void>((resolveListen, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      resolveListen();
    });
  });
  if (!options.quiet) {
    console.log(
      `Replaying ${options.replayDir} (${replay.recordings.length} replies): http://${options.host}:${options.port}/${replay.config.panel}`,
    );
    console.log("Any user name and password signs in; what was never recorded answers `missed`.");
  }
  return { replay, server };
}

const isEntry =
  process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isEntry) {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "1500" },
      host: { type: "string", default: "127.0.0.1" },
      replay: { type: "string" },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a port number, not ${values.port}`);
    process.exit(2);
  }
  startEmulator({ port, host: values.host, replayDir: values.replay }).catch((error: unknown) => {
    console.error("emulator: could not start:", error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
