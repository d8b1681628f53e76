/**
 * Builds the app into its own folder (`dist-bench/`, so a concurrent `vite build` of `dist/` by
 * Playwright is never disturbed) and prints what every chunk and every package costs in gzip.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import type { Results } from "./results";
import { gzipBytes, textByPackage } from "./source-map";

export const benchDist = "dist-bench";

const kib = (bytes: number) => bytes / 1024;

export function buildForBench(): void {
  execFileSync(
    "npx",
    ["vite", "build", "--outDir", benchDist, "--emptyOutDir", "--logLevel", "error"],
    { stdio: "inherit" },
  );
}

/** The chunks index.html loads before anything else (entry, modulepreloads, CSS). */
function entryFiles(): string[] {
  const html = readFileSync(join(benchDist, "index.html"), "utf8");
  return [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
    (match) => match[1] ?? "",
  );
}

export function bundleSizes(results: Results): void {
  const assets = join(benchDist, "assets");
  const chunks = readdirSync(assets).filter((file) => file.endsWith(".js"));
  const entries = new Set(entryFiles());
  const byPackage = new Map<string, { gzip: number; chunks: Set<string> }>();
  const rows: [string, number, number][] = [];
  for (const file of chunks) {
    const code = readFileSync(join(assets, file), "utf8");
    rows.push([file, kib(code.length), kib(gzipBytes(code))]);
    const mapFile = join(assets, `${file}.map`);
    // A chunk the bundler writes itself (its runtime) has no map: all of it is "(generated)".
    const map = existsSync(mapFile)
      ? (JSON.parse(readFileSync(mapFile, "utf8")) as { sources: string[]; mappings: string })
      : { sources: [], mappings: "" };
    const chunkName = file.replace(/-[\w-]{8}\.js$/, "");
    for (const [name, text] of textByPackage(code, map)) {
      const entry = byPackage.get(name) ?? { gzip: 0, chunks: new Set<string>() };
      entry.gzip += gzipBytes(text);
      entry.chunks.add(entries.has(`assets/${file}`) ? `${chunkName}*` : chunkName);
      byPackage.set(name, entry);
    }
  }
  console.log(
    "\nchunk                                        raw KiB  gzip KiB   (* = loaded by index.html)",
  );
  for (const [file, raw, gzip] of rows.sort((a, b) => b[2] - a[2]))
    console.log(
      `${(entries.has(`assets/${file}`) ? `${file} *` : file).padEnd(44)} ${raw.toFixed(1).padStart(8)} ${gzip.toFixed(1).padStart(9)}`,
    );
  console.log("\npackage or app folder                 gzip KiB  in chunks");
  for (const [name, { gzip, chunks: where }] of [...byPackage].sort(
    (a, b) => b[1].gzip - a[1].gzip,
  ))
    console.log(`${name.padEnd(36)} ${kib(gzip).toFixed(1).padStart(9)}  ${[...where].join(", ")}`);

  const css = [...entries].filter((file) => file.endsWith(".css"));
  const gzipOf = (file: string) => kib(gzipBytes(readFileSync(join(benchDist, file))));
  results.add(
    "index.html's JS (gzip)",
    [...entries]
      .filter((file) => file.endsWith(".js"))
      .reduce((sum, file) => sum + gzipOf(file), 0),
    "KiB",
  );
  results.add(
    "index.html's CSS (gzip)",
    css.reduce((sum, file) => sum + gzipOf(file), 0),
    "KiB",
    20,
  );
  results.add(
    "all JS chunks (gzip)",
    rows.reduce((sum, row) => sum + row[2], 0),
    "KiB",
    300,
  );
}
