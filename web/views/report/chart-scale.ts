import { lookup } from "../../xjson/dict";
import type { BandModel, ColumnModel, DiagramModel, RowModel } from "../../xjson/model";
import { cellNumber } from "../../xjson/totals";

/** What every chart renderer is given: the band, the diagram over it, and the report's language. */
export interface ChartProps {
  band: BandModel;
  diagram: DiagramModel;
  lang: string;
}

/**
 * Series colours, one per data column or slice. Mid tones that read on light and dark
 * backgrounds and on paper; lines also differ by dash (`dashes`), so a grey printout still
 * tells them apart.
 */
export const tones = [
  "#1f5fbf",
  "#e07b00",
  "#1e8e3e",
  "#a142f4",
  "#d93025",
  "#0f8fa3",
  "#b08a00",
  "#5f6368",
];
export const dashes = [undefined, "6 3", "2 3", "8 3 2 3"];

export function toneOf(index: number): string {
  return tones[index % tones.length] ?? "#1f5fbf";
}

/** The band's columns a diagram draws, in its order; names the band lacks are left out. */
export function seriesOf(band: BandModel, diagram: DiagramModel): ColumnModel[] {
  return diagram.data
    .map((name) => band.columns.find((column) => column.name === name))
    .filter((column) => column !== undefined);
}

/** What a row is called on the chart: its label column's text, else its key. */
export function labelOf(row: RowModel, diagram: DiagramModel): string {
  return lookup(row.cells, diagram.label)?.text ?? row.key;
}

/** The accessible name of a chart: the band's title and the series it draws. */
export function chartName(band: BandModel, series: ColumnModel[]): string {
  const names = series.map((column) => column.title).join(", ");
  return band.title ? `${band.title}: ${names}` : names;
}

const sizeText = /^\d+(\.\d+)? (B|[KMGTP]iB)$/;
const units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];

/** Whether a column's cells are sizes ("1.5 GiB" with the bytes in `orig`), as totals.ts reads them. */
function isSize(rows: RowModel[], column: ColumnModel): boolean {
  return (
    rows.length > 0 &&
    rows.every((row) => {
      const cell = lookup(row.cells, column.name);
      return cell !== undefined && sizeText.test(cell.text) && Boolean(lookup(cell.attrs, "orig"));
    })
  );
}

/** An axis from 0 to a round maximum with its ticks, for values up to `max`. */
export interface Scale {
  max: number;
  ticks: number[];
  format: (value: number) => string;
}

/**
 * A value axis for the series: about five round ticks from zero, written the way the cells are
 * (sizes in binary units when the cells are sizes, else numbers in the report's language).
 */
export function scaleOf(rows: RowModel[], series: ColumnModel[], lang: string, count = 5): Scale {
  // A loop, not a spread: a report of a hundred thousand values would overflow the call stack.
  let max = 0;
  for (const row of rows)
    for (const column of series) max = Math.max(max, cellNumber(row, column.name));
  const sizes = series.length > 0 && series.every((column) => isSize(rows, column));
  let unit = 0;
  if (sizes) while (max / 1024 ** unit >= 1024 && unit < units.length - 1) unit += 1;
  const base = sizes ? 1024 ** unit : 1;
  const scaled = max / base;
  const rough = scaled > 0 ? scaled / count : 1;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((factor) => factor * magnitude >= rough) ?? 10) * magnitude;
  const top = Math.max(step, Math.ceil(scaled / step) * step);
  const ticks: number[] = [];
  for (let tick = 0; tick <= top + step / 2; tick += step) ticks.push(tick * base);
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  return {
    max: top * base,
    ticks,
    format: (value) =>
      sizes ? `${number.format(value / base)} ${units[unit] ?? "B"}` : number.format(value),
  };
}
