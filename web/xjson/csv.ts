import { lookup } from "./dict";
import { activeProps, propHint } from "./hints";
import type { ColumnModel, Messages, RowModel } from "./model";

/** A cell as a person reads it: message keys translated, status icons as their hints. */
export function displayText(column: ColumnModel, row: RowModel, messages: Messages): string {
  if (column.type === "prop")
    return activeProps(column, row)
      .map(({ prop, value }) => propHint(messages, prop.name, value))
      .join("; ");
  const text = lookup(row.cells, column.name)?.text ?? "";
  return column.type === "msg"
    ? (lookup(messages, `msg_${text}`) ?? lookup(messages, text) ?? text)
    : text;
}

function csvCell(value: string): string {
  // A leading = + - @ makes spreadsheets run the cell as a formula.
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+([.,]\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The rows as CSV with the columns and words the user sees (RFC 4180, CRLF). */
export function toCsv(columns: ColumnModel[], rows: RowModel[], messages: Messages): string {
  const lines = [columns.map((column) => csvCell(column.title)).join(",")];
  for (const row of rows)
    lines.push(columns.map((column) => csvCell(displayText(column, row, messages))).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
