import type { ColumnModel } from "../../xjson/model";
import { uniqueKeys } from "../keys";
import { dashes, toneOf } from "./chart-scale";

/**
 * The legend under a chart: each series' colour (and, for lines, its dash) with its column title.
 * Text in the page, so it prints and reads out even where the drawing does not.
 */
export function ChartLegend({ series, lines = false }: { series: ColumnModel[]; lines?: boolean }) {
  const keys = uniqueKeys(series, (column) => column.name);
  return (
    <figcaption className="chart-legend">
      {series.map((column, serie) => (
        <span key={keys[serie]}>
          <svg className="chart-swatch" viewBox="0 0 24 12" aria-hidden="true">
            {lines ? (
              <line
                x1={0}
                x2={24}
                y1={6}
                y2={6}
                stroke={toneOf(serie)}
                strokeWidth={2.5}
                strokeDasharray={dashes[serie % dashes.length]}
              />
            ) : (
              // A drawn swatch, not a background: browsers leave backgrounds out of printouts.
              <rect x={6} y={0} width={12} height={12} rx={2} fill={toneOf(serie)} />
            )}
          </svg>
          {column.title}
        </span>
      ))}
    </figcaption>
  );
}
