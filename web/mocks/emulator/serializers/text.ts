import { childNamed, type XNode } from "../tree";
import { tableOf } from "./table";

const skipped = new Set(["metadata", "messages", "tparams", "slist"]);

/** `out=text`, mgrctl's default: a row per line as `key=value` pairs, or `name=value` lines. */
export function toText(doc: XNode): string {
  const error = childNamed(doc, "error");
  if (error) {
    const msg = childNamed(error, "msg")?.text ?? "";
    return `ERROR ${error.attrs.type ?? ""}(${error.attrs.object ?? ""}): ${msg}\n`;
  }
  const rows = doc.children.filter((child) => child.name === "elem");
  if (rows.length > 0) {
    return rows
      .map((row) => row.children.map((cell) => `${cell.name}=${cell.text ?? ""}`).join(" ") + "\n")
      .join("");
  }
  if (childNamed(doc, "ok") && !childNamed(doc, "ok")?.text) return "OK\n";
  return doc.children
    .filter((child) => !skipped.has(child.name))
    .map((child) => `${child.name}=${child.text ?? child.attrs.id ?? ""}\n`)
    .join("");
}

function csvCell(value: string): string {
  // A leading = + @ tab or CR makes spreadsheets run the cell as a formula.
  const safe = /^[=+@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** `out=csv` for lists: the visible columns with their titles, one row per line. */
export function toCsv(doc: XNode): string {
  const table = tableOf(doc);
  const lines = [table.columns.map((col) => csvCell(col.title)).join(",")];
  for (const row of table.rows)
    lines.push(table.columns.map((col) => csvCell(row[col.name] ?? "")).join(","));
  return lines.join("\r\n") + "\r\n";
}

function html(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** `out=print` for lists: a plain printable HTML table (unverified against a real panel, Q8). */
export function toPrint(doc: XNode, lang: string): string {
  const table = tableOf(doc);
  const head = table.columns.map((col) => `<th>${html(col.title)}</th>`).join("");
  const body = table.rows
    .map(
      (row) =>
        `<tr>${table.columns.map((col) => `<td>${html(row[col.name] ?? "")}</td>`).join("")}</tr>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="${html(lang)}"><head><meta charset="utf-8"><title>${html(table.title)}</title>
<style>body{font-family:sans-serif}table{border-collapse:collapse}th,td{border:1px solid #999;padding:2px 6px;text-align:left}</style>
</head><body><h1>${html(table.title)}</h1>
<table><thead><tr>${head}</tr></thead><tbody>
${body}
</tbody></table></body></html>
`;
}
