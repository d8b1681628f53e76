import { lookup } from "../../xjson/dict";
import type { ColumnModel } from "../../xjson/model";
import { cellNumber } from "../../xjson/totals";
import { uniqueKeys } from "../keys";
import { chartName, labelOf, seriesOf, toneOf, type ChartProps } from "./chart-scale";

const size = 220;
const radius = 100;
const centre = size / 2;

interface Slice {
  key: string;
  label: string;
  text: string;
  value: number;
}

function point(angle: number): string {
  return `${centre + radius * Math.cos(angle)} ${centre + radius * Math.sin(angle)}`;
}

/** One pie: a slice per row with a positive value, listed beside it with its value and share. */
function Pie({ props, column }: { props: ChartProps; column: ColumnModel }) {
  const { band, diagram, lang } = props;
  const keys = uniqueKeys(band.rows, (row) => row.key);
  const slices: Slice[] = band.rows
    .map((row, index) => ({
      key: keys[index] ?? String(index),
      label: labelOf(row, diagram),
      text: lookup(row.cells, column.name)?.text ?? "",
      value: cellNumber(row, column.name),
    }))
    .filter((slice) => slice.value > 0);
  const total = slices.reduce((sum, slice) => sum + slice.value, 0);
  const percent = new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 1 });
  // Each slice's angles, from twelve o'clock clockwise, worked out before drawing.
  const arcs: { start: number; end: number; share: number }[] = [];
  for (const slice of slices) {
    const start = arcs.at(-1)?.end ?? -Math.PI / 2;
    const share = slice.value / total;
    arcs.push({ start, end: start + share * 2 * Math.PI, share });
  }
  return (
    <figure className="chart chart-pie">
      <svg
        role="img"
        aria-label={chartName(band, [column])}
        viewBox={`0 0 ${size} ${size}`}
        width={size}
        height={size}
      >
        {slices.map((slice, index) => {
          const { start, end, share } = arcs[index] ?? { start: 0, end: 0, share: 0 };
          const title = <title>{`${slice.label}: ${slice.text} (${percent.format(share)})`}</title>;
          // A whole circle is no arc: its start and end points would be the same.
          return share >= 0.9999 ? (
            <circle key={slice.key} cx={centre} cy={centre} r={radius} fill={toneOf(index)}>
              {title}
            </circle>
          ) : (
            <path
              key={slice.key}
              d={`M ${centre} ${centre} L ${point(start)} A ${radius} ${radius} 0 ${share > 0.5 ? 1 : 0} 1 ${point(end)} Z`}
              fill={toneOf(index)}
              className="chart-slice"
            >
              {title}
            </path>
          );
        })}
      </svg>
      <figcaption>
        <ul className="chart-pie-legend">
          {slices.map((slice, index) => (
            <li key={slice.key}>
              <svg className="chart-swatch" viewBox="0 0 12 12" aria-hidden="true">
                <rect width={12} height={12} rx={2} fill={toneOf(index)} />
              </svg>
              {slice.label}: {slice.text} ({percent.format(slice.value / total)})
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

/**
 * Pie charts of a band's diagram: one per data column, a slice per row, each slice's value and
 * share written beside it (colours alone do not survive a grey printout). Loaded only when a
 * report has one; nothing moves, so it prints as it looks.
 */
export function PieChart(props: ChartProps) {
  const series = seriesOf(props.band, props.diagram);
  const keys = uniqueKeys(series, (column) => column.name);
  return (
    <>
      {series.map((column, index) => (
        <Pie key={keys[index]} props={props} column={column} />
      ))}
    </>
  );
}
