import type { FuncDef } from "../context";
import { authFunctions } from "./auth";
import { desktop } from "./desktop";
import { serverList } from "./server-list";

/** Every function the emulator answers, by name. */
export const functions: ReadonlyMap<string, FuncDef> = new Map(
  [...authFunctions, desktop, serverList].map((def) => [def.name, def]),
);
