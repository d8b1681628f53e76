/**
 * What each package costs: the bytes of a built chunk attributed to the sources its source map
 * names, grouped by npm package (`react-dom`, `@tanstack/query-core`) or by the app's layer
 * (`web/views`), then gzipped per group. Gzip of a group alone is a little more than its share
 * of the chunk's gzip, so the figures are an upper bound, good for comparing.
 */
import { gzipSync } from "node:zlib";

interface SourceMap {
  sources: string[];
  mappings: string;
}

const base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const digit = new Map(Array.from({ length: 64 }, (_, index) => [base64.charAt(index), index]));

/** The numbers of one VLQ segment (`AAgBC` → [0, 0, 16, 1]). */
function decodeSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const bits = digit.get(char) ?? 0;
    value += (bits & 31) << shift;
    if (bits & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** `node_modules/@scope/name/...` → `@scope/name`; `web/views/list/x.tsx` → `web/views`. */
export function packageOf(source: string): string {
  const parts = source.split("/");
  const modules = parts.lastIndexOf("node_modules");
  if (modules !== -1) {
    const name = parts[modules + 1] ?? "?";
    return name.startsWith("@") ? `${name}/${parts[modules + 2] ?? ""}` : name;
  }
  const web = parts.indexOf("web");
  if (web !== -1) return parts.slice(web, web + 2).join("/");
  return source.startsWith("\0") || source === "" ? "(generated)" : (parts.at(-1) ?? source);
}

/** The generated text of a chunk by package, from its source map. */
export function textByPackage(code: string, map: SourceMap): Map<string, string> {
  const pieces = new Map<string, string[]>();
  const add = (name: string, text: string) => {
    if (text === "") return;
    const list = pieces.get(name) ?? [];
    list.push(text);
    pieces.set(name, list);
  };
  const lines = code.split("\n");
  const mapLines = map.mappings.split(";");
  let source = 0;
  lines.forEach((line, lineIndex) => {
    let column = 0;
    let current = map.mappings === "" ? "(generated)" : "(unmapped)";
    for (const segment of (mapLines[lineIndex] ?? "").split(",")) {
      if (segment === "") continue;
      const [columnDelta = 0, sourceDelta] = decodeSegment(segment);
      const next = column + columnDelta;
      add(current, line.slice(column, next));
      column = next;
      if (sourceDelta === undefined) current = "(unmapped)";
      else {
        source += sourceDelta;
        current = packageOf(map.sources[source] ?? "");
      }
    }
    add(current, `${line.slice(column)}\n`);
  });
  return new Map([...pieces].map(([name, list]) => [name, list.join("")]));
}

/** Gzip bytes (level 9) of a text or buffer. */
export function gzipBytes(content: string | Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}
