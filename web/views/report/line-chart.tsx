import { lookup } from "../../xjson/dict";
import { cellNumber } from "../../xjson/totals";
import { uniqueKeys } from "../keys";
import { ChartLegend } from "./chart-legend";
import {
  chartName,
  dashes,
  labelOf,
  scaleOf,
  seriesOf,
  toneOf,
  type ChartProps,
} from "./chart-scale";

const width = 640;
const height = 280;
const left = 84;
const right = 16;
const top = 12;
const bottom = 44;
/** At most this many category labels under the axis; the rest would overlap. */
const maxLabels = 8;
/** Above this many rows the points are not marked: the line says it, and the table has them. */
const maxMarkers = 62;

/**
 * A line chart of a band's diagram: the rows in order along the category axis (dates, hours),
 * one line per data column, over a value axis from zero with round ticks. Each point names its
 * row and value. Loaded only when a report has one; nothing moves, so it prints as it looks.
 */
export function LineChart({ band, diagram, lang }: ChartProps) {
  const series = seriesOf(band, diagram);
  const rows = band.rows;
  const scale = scaleOf(rows, series, lang);
  const seriesKeys = uniqueKeys(series, (column) => column.name);
  const rowKeys = uniqueKeys(rows, (row) => row.key);
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const x = (index: number) =>
    left + (rows.length < 2 ? plotWidth / 2 : (index * plotWidth) / (rows.length - 1));
  const y = (value: number) =>
    top + plotHeight - (scale.max > 0 ? (value / scale.max) * plotHeight : 0);
  const labelStep = Math.max(1, Math.ceil(rows.length / maxLabels));
  const labelColumn = band.columns.find((column) => column.name === diagram.label);
  return (
    <figure className="chart">
      <svg
        role="img"
        aria-label={chartName(band, series)}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ maxWidth: width }}
      >
        <g aria-hidden="true">
          {scale.ticks.map((tick) => (
            <g key={tick}>
              <line x1={left} x2={width - right} y1={y(tick)} y2={y(tick)} className="chart-grid" />
              <text
                x={left - 6}
                y={y(tick)}
                textAnchor="end"
                dominantBaseline="middle"
                className="chart-label"
              >
                {scale.format(tick)}
              </text>
            </g>
          ))}
          {rows.map((row, index) =>
            index % labelStep === 0 ? (
              <text
                key={rowKeys[index]}
                x={x(index)}
                y={top + plotHeight + 16}
                textAnchor="middle"
                className="chart-label"
              >
                {labelOf(row, diagram)}
              </text>
            ) : null,
          )}
          {labelColumn && (
            <text
              x={left + plotWidth / 2}
              y={height - 4}
              textAnchor="middle"
              className="chart-label"
            >
              {labelColumn.title}
            </text>
          )}
        </g>
        <line
          x1={left}
          x2={width - right}
          y1={top + plotHeight}
          y2={top + plotHeight}
          className="chart-axis"
        />
        <line x1={left} x2={left} y1={top} y2={top + plotHeight} className="chart-axis" />
        {series.map((column, serie) => (
          <g key={seriesKeys[serie]}>
            <polyline
              points={rows
                .map((row, index) => `${x(index)},${y(cellNumber(row, column.name))}`)
                .join(" ")}
              fill="none"
              stroke={toneOf(serie)}
              strokeWidth={2}
              strokeDasharray={dashes[serie % dashes.length]}
            />
            {rows.length <= maxMarkers &&
              rows.map((row, index) => (
                <circle
                  key={rowKeys[index]}
                  cx={x(index)}
                  cy={y(cellNumber(row, column.name))}
                  r={3}
                  fill={toneOf(serie)}
                >
                  <title>{`${labelOf(row, diagram)} — ${column.title}: ${lookup(row.cells, column.name)?.text ?? ""}`}</title>
                </circle>
              ))}
          </g>
        ))}
      </svg>
      <ChartLegend series={series} lines />
    </figure>
  );
}
