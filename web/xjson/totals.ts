import { lookup } from "./dict";
import type { ColumnModel, RowModel } from "./model";

const binaryUnits = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];

function numberOf(row: RowModel, column: string): number | undefined {
  const cell = lookup(row.cells, column);
  if (!cell) return undefined;
  const raw = lookup(cell.attrs, "orig") ?? cell.text.replace(/\s/g, "").replace(",", ".");
  const value = Number.parseFloat(raw);
  return Number.isFinite(value) ? value : undefined;
}

/** A cell's number for charts: its raw `orig` value when it has one, else its text. */
export function cellNumber(row: RowModel, column: string): number {
  return numberOf(row, column) ?? 0;
}

/**
 * The footer of a report column with `total`: the count of rows, or the sum of the raw values.
 * A sum of sizes written as "812.4 GiB" is written the same way.
 */
export function columnTotal(
  column: ColumnModel,
  rows: RowModel[],
  locale: string,
): string | undefined {
  if (column.total === "count") return String(rows.length);
  if (column.total !== "sum") return undefined;
  const sum = rows.reduce((total, row) => total + (numberOf(row, column.name) ?? 0), 0);
  const sizes =
    rows.length > 0 &&
    rows.every((row) => {
      const cell = lookup(row.cells, column.name);
      if (!cell || !/^\d+(\.\d+)? (B|[KMGTP]iB)$/.test(cell.text)) return false;
      return Boolean(lookup(cell.attrs, "orig"));
    });
  if (sizes) {
    let value = sum;
    let unit = 0;
    while (value >= 1024 && unit < binaryUnits.length - 1) {
      value /= 1024;
      unit += 1;
    }
    return `${value.toFixed(unit === 0 ? 0 : 1)} ${binaryUnits[unit] ?? "B"}`;
  }
  return new Intl.NumberFormat(locale).format(sum);
}
