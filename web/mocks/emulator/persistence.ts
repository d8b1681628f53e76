import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";

import type { State } from "./state";

function looksLikeState(value: unknown): value is State {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    [
      "users",
      "servers",
      "ips",
      "racks",
      "devices",
      "ports",
      "osTemplates",
      "sshKeys",
      "journal",
      "keys",
    ].every((key) => Array.isArray(record[key])) && typeof record.nextId === "object"
  );
}

/** Loads a saved state; undefined when the file does not exist yet. Throws on a damaged file. */
export function loadState(file: string): State | undefined {
  if (!existsSync(file)) return undefined;
  const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
  if (!looksLikeState(parsed)) throw new Error(`${file} is not an emulator state file`);
  return parsed;
}

/** Write-then-rename: a crash mid-write leaves the previous file whole. */
export function saveState(file: string, state: State): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(state));
  renameSync(temporary, file);
}
