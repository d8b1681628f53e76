import { lazy, Suspense } from "react";

import { useText } from "../../ui/lang-context";
import type { BandModel, Messages } from "../../xjson/model";
import { displayText } from "../../xjson/csv";
import { columnTotal } from "../../xjson/totals";

const BarChart = lazy(async () => ({ default: (await import("./bar-chart")).BarChart }));

/** One band of a report: its diagrams, then its rows with the totals its columns ask for. */
export function ReportBand({
  band,
  messages,
  lang,
}: {
  band: BandModel;
  messages: Messages;
  lang: string;
}) {
  const t = useText();
  const totals = band.columns.map((column) => columnTotal(column, band.rows, lang));
  const hasTotals = totals.some((total) => total !== undefined);
  return (
    <section className="report-band" aria-label={band.title || undefined}>
      {band.title && <h2>{band.title}</h2>}
      {band.rows.length > 0 &&
        band.diagrams.map((diagram) => (
          <Suspense
            key={`${diagram.type}-${diagram.data.join()}`}
            fallback={<p className="chart">{t("loading")}</p>}
          >
            <BarChart band={band} diagram={diagram} />
          </Suspense>
        ))}
      {band.rows.length === 0 ? (
        <p className="empty-state">{t("nothingHere")}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              {band.columns.map((column) => (
                <th
                  key={column.name}
                  scope="col"
                  title={column.hint}
                  className={column.align ? `align-${column.align}` : undefined}
                >
                  {column.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {band.rows.map((row) => (
              <tr key={row.key}>
                {band.columns.map((column) => (
                  <td
                    key={column.name}
                    className={column.align ? `align-${column.align}` : undefined}
                  >
                    {displayText(column, row, messages)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          {hasTotals && (
            <tfoot>
              <tr>
                {band.columns.map((column, index) => (
                  <td
                    key={column.name}
                    className={column.align ? `align-${column.align}` : undefined}
                  >
                    {index === 0 && totals[0] === undefined
                      ? (messages.total ?? t("total"))
                      : totals[index]}
                  </td>
                ))}
              </tr>
            </tfoot>
          )}
        </table>
      )}
    </section>
  );
}
