import { lookup } from "../../xjson/dict";
import type { BandModel, DiagramModel } from "../../xjson/model";
import { cellNumber } from "../../xjson/totals";
import { uniqueKeys } from "../keys";

const rowHeight = 22;
const labelWidth = 200;
const chartWidth = 640;
const tones = ["var(--accent)", "#e08a1e", "#1e8e3e", "#a142f4"];

/**
 * A horizontal bar chart of a band's diagram: one group of bars per row, one bar per data
 * column, scaled to the largest raw value. Loaded only when a report has a diagram.
 */
export function BarChart({ band, diagram }: { band: BandModel; diagram: DiagramModel }) {
  const series = diagram.data
    .map((name) => band.columns.find((column) => column.name === name))
    .filter((column) => column !== undefined);
  // A loop, not a spread: a report of a hundred thousand values would overflow the call stack.
  let max = 1;
  for (const row of band.rows)
    for (const column of series) max = Math.max(max, cellNumber(row, column.name));
  const rowKeys = uniqueKeys(band.rows, (row) => row.key);
  const seriesKeys = uniqueKeys(series, (column) => column.name);
  const groupHeight = rowHeight * Math.max(1, series.length) + 8;
  const height = band.rows.length * groupHeight + 24;
  const barSpace = chartWidth - labelWidth - 10;
  return (
    <figure className="chart">
      <svg
        role="img"
        aria-label={`${band.title}: ${series.map((column) => column.title).join(", ")}`}
        viewBox={`0 0 ${chartWidth} ${height}`}
        width="100%"
        style={{ maxWidth: chartWidth }}
      >
        {band.rows.map((row, index) => {
          const top = index * groupHeight;
          return (
            <g key={rowKeys[index]} transform={`translate(0 ${top})`}>
              <text
                x={labelWidth - 8}
                y={groupHeight / 2}
                textAnchor="end"
                dominantBaseline="middle"
                className="chart-label"
              >
                {lookup(row.cells, diagram.label)?.text ?? row.key}
              </text>
              {series.map((column, serie) => {
                const width = (cellNumber(row, column.name) / max) * barSpace;
                return (
                  <rect
                    key={seriesKeys[serie]}
                    x={labelWidth}
                    y={4 + serie * rowHeight}
                    width={Math.max(1, width)}
                    height={rowHeight - 6}
                    fill={tones[serie % tones.length]}
                  >
                    <title>{`${column.title}: ${lookup(row.cells, column.name)?.text ?? ""}`}</title>
                  </rect>
                );
              })}
            </g>
          );
        })}
      </svg>
      <figcaption className="chart-legend">
        {series.map((column, serie) => (
          <span key={seriesKeys[serie]}>
            <span
              className="chart-swatch"
              style={{ background: tones[serie % tones.length] }}
              aria-hidden="true"
            />
            {column.title}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
