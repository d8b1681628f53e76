/**
 * An mgrctl-like command line, as in the vendor's guide:
 *   npm run mgrctl -- -m dcimgr server                  calls the running panel (text output)
 *   npm run mgrctl -- -m dcimgr -o xml server.edit elid=3
 *   npm run mgrctl -- -m dcimgr -i                      lists the functions
 *   npm run mgrctl -- -m dcimgr -i server lang=ru       describes one
 * Calls go to MGR_URL (default http://127.0.0.1:1500) as MGRCTL_AUTHINFO (default admin:admin),
 * the way mgrctl acts with the rights of the user running it.
 */
import { parseArgs } from "node:util";

import { createEmulator } from "./core";
import { functions } from "./functions/index";

interface JsonDoc {
  doc: Record<string, unknown>;
}

function keyValues(positionals: string[]): Record<string, string> {
  const params: Record<string, string> = {};
  for (const item of positionals) {
    const eq = item.indexOf("=");
    if (eq <= 0) throw new Error(`expected name=value, got '${item}'`);
    params[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return params;
}

function list(): void {
  const width = Math.max(...[...functions.keys()].map((name) => name.length));
  for (const def of [...functions.values()].sort((a, b) => a.name.localeCompare(b.name))) {
    const level = def.public ? "public" : def.minLevel === 29 ? "admin" : "admin user";
    console.log(`${def.name.padEnd(width)}  ${level.padEnd(10)}  ${def.summary}`);
  }
}

async function describe(name: string, params: Record<string, string>): Promise<void> {
  const def = functions.get(name);
  if (!def) throw new Error(`unknown function '${name}'; -i lists them`);
  console.log(`${def.name}: ${def.summary}`);
  console.log(
    `access: ${def.public ? "everybody" : def.minLevel === 29 ? "admin" : "admin, user"}`,
  );
  const emulator = createEmulator();
  const query = new URLSearchParams({
    ...params,
    authinfo: "admin:admin",
    out: "json",
    func: name,
  });
  const reply = (await (
    await emulator.handle(new Request(`http://localhost/dcimgr?${query.toString()}`), "127.0.0.1")
  ).json()) as JsonDoc;
  const doc = reply.doc as {
    metadata?: Record<string, unknown>;
    messages?: { msg?: Record<string, string> };
  };
  const titles = doc.messages?.msg ?? {};
  const metadata = doc.metadata;
  if (!metadata) return;
  console.log(`type: ${String(metadata.$type)}${titles.title ? ` (${titles.title})` : ""}`);
  const named = (items: unknown) =>
    (Array.isArray(items) ? (items as { $name?: string }[]) : []).map((item) => item.$name ?? "");
  const coldata = metadata.coldata as { col?: unknown } | undefined;
  for (const col of named(coldata?.col)) console.log(`  column ${col}: ${titles[col] ?? col}`);
  const form = metadata.form as { page?: { field?: unknown }[] } | undefined;
  for (const page of form?.page ?? [])
    for (const field of named(page.field))
      console.log(`  field ${field}: ${titles[field] ?? field}`);
}

async function call(func: string, params: Record<string, string>, out: string): Promise<void> {
  const base = process.env.MGR_URL ?? "http://127.0.0.1:1500";
  const body = new URLSearchParams({
    ...params,
    func,
    out,
    authinfo: process.env.MGRCTL_AUTHINFO ?? "admin:admin",
  });
  const response = await fetch(`${base}/dcimgr`, { method: "POST", body });
  process.stdout.write(await response.text());
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      m: { type: "string" },
      i: { type: "boolean" },
      o: { type: "string", default: "text" },
    },
  });
  if (values.m !== undefined && values.m !== "dcimgr")
    throw new Error(`this emulator is dcimgr, not ${values.m}`);
  const [func, ...rest] = positionals;
  if (values.i) {
    if (func === undefined) list();
    else await describe(func, keyValues(rest));
    return;
  }
  if (func === undefined)
    throw new Error(
      "usage: mgrctl -m dcimgr [-o text|xml|devel|json] <func> [name=value ...] | -i [func]",
    );
  await call(func, keyValues(rest), values.o);
}

main().catch((error: unknown) => {
  console.error(`mgrctl: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
