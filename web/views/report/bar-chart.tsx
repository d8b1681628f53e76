import { lookup } from "../../xjson/dict";
import { cellNumber } from "../../xjson/totals";
import { uniqueKeys } from "../keys";
import { chartName, labelOf, scaleOf, seriesOf, toneOf, type ChartProps } from "./chart-scale";
import { ChartLegend } from "./chart-legend";

const rowHeight = 22;
const labelWidth = 160;
const valueWidth = 90;
const chartWidth = 640;
const axisHeight = 24;

/**
 * A horizontal bar chart of a band's diagram (`histogram` or `bar`): one group of bars per row,
 * one bar per data column, each with its value at its end, over a value axis from zero. Loaded
 * only when a report has one; nothing moves, so it prints as it looks.
 */
export function BarChart({ band, diagram, lang }: ChartProps) {
  const series = seriesOf(band, diagram);
  const scale = scaleOf(band.rows, series, lang);
  const rowKeys = uniqueKeys(band.rows, (row) => row.key);
  const seriesKeys = uniqueKeys(series, (column) => column.name);
  const groupHeight = rowHeight * Math.max(1, series.length) + 8;
  const plotHeight = band.rows.length * groupHeight;
  const height = plotHeight + axisHeight;
  const barSpace = chartWidth - labelWidth - valueWidth;
  const x = (value: number) => labelWidth + (scale.max > 0 ? (value / scale.max) * barSpace : 0);
  return (
    <figure className="chart">
      <svg
        role="img"
        aria-label={chartName(band, series)}
        viewBox={`0 0 ${chartWidth} ${height}`}
        width="100%"
        style={{ maxWidth: chartWidth }}
      >
        <g aria-hidden="true">
          {scale.ticks.map((tick) => (
            <g key={tick}>
              <line x1={x(tick)} x2={x(tick)} y1={0} y2={plotHeight} className="chart-grid" />
              <text x={x(tick)} y={plotHeight + 16} textAnchor="middle" className="chart-label">
                {scale.format(tick)}
              </text>
            </g>
          ))}
        </g>
        {band.rows.map((row, index) => (
          <g key={rowKeys[index]} transform={`translate(0 ${index * groupHeight})`}>
            <text
              x={labelWidth - 8}
              y={groupHeight / 2}
              textAnchor="end"
              dominantBaseline="middle"
              className="chart-label"
            >
              {labelOf(row, diagram)}
            </text>
            {series.map((column, serie) => {
              const value = cellNumber(row, column.name);
              const text = lookup(row.cells, column.name)?.text ?? "";
              const end = Math.max(labelWidth + 1, x(value));
              return (
                <g key={seriesKeys[serie]}>
                  <rect
                    x={labelWidth}
                    y={4 + serie * rowHeight}
                    width={end - labelWidth}
                    height={rowHeight - 6}
                    fill={toneOf(serie)}
                  >
                    <title>{`${labelOf(row, diagram)} — ${column.title}: ${text}`}</title>
                  </rect>
                  <text
                    x={end + 4}
                    y={4 + serie * rowHeight + (rowHeight - 6) / 2}
                    dominantBaseline="middle"
                    className="chart-value"
                  >
                    {text}
                  </text>
                </g>
              );
            })}
          </g>
        ))}
        <line x1={labelWidth} x2={labelWidth} y1={0} y2={plotHeight} className="chart-axis" />
      </svg>
      <ChartLegend series={series} />
    </figure>
  );
}
