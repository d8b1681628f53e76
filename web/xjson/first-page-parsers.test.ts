// @vitest-environment node
import { existsSync, readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const web = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The roots of the first page after signing in, as vite.config.ts names them (`firstPageRoots`). */
const firstPageRoots = ["app/app.tsx", "views/list/list-view.tsx"];

/** Code the first list never needs: loaded by `loadPage` when a page of its kind comes. */
const parsedLater = [
  "xjson/parse-page.ts",
  "xjson/parse-form.ts",
  "xjson/parse-field.ts",
  "xjson/parse-field-data.ts",
  "xjson/parse-report.ts",
  "xjson/parse-dashboard.ts",
];

/** Relative imports that stay in the build: `import type` and `export type` are erased. */
const staticImport = /^(?:import|export)\s+(?!type\s)(?:[^;"]*?\s+from\s+)?"(\.{1,2}\/[^"]+)"/gm;

function resolveImport(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return ["", ".ts", ".tsx", "/index.ts", "/index.tsx"]
    .map((ending) => base + ending)
    .find((file) => /\.tsx?$/.test(file) && existsSync(file));
}

/** Every module of web/ the roots import statically, directly or not (what the bundler must put with them). */
function staticClosure(roots: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = roots.map((root) => resolve(web, root));
  for (let file = stack.pop(); file !== undefined; file = stack.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, "utf8").matchAll(staticImport)) {
      const target = resolveImport(file, specifier ?? "");
      if (target) stack.push(target);
    }
  }
  return new Set([...seen].map((file) => relative(web, file).replaceAll("\\", "/")));
}

describe("the first page after signing in", () => {
  it("does not carry the parsers of forms, reports and dashboards", () => {
    for (const root of firstPageRoots) expect(existsSync(resolve(web, root)), root).toBe(true);
    const closure = staticClosure(firstPageRoots);
    // The walk itself works: it reaches the list parser and the page loader.
    expect(closure).toContain("xjson/parse-list.ts");
    expect(closure).toContain("xjson/load-page.ts");
    expect([...closure].filter((file) => parsedLater.includes(file))).toEqual([]);
  });
});
