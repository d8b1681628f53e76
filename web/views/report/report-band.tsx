import { lazy, Suspense } from "react";

import { useText } from "../../ui/lang-context";
import type { BandModel, Messages } from "../../xjson/model";
import { columnTotal } from "../../xjson/totals";
import { DataTable } from "../data-table";
import { uniqueKeys } from "../keys";

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
  const diagramKeys = uniqueKeys(
    band.diagrams,
    (diagram) => `${diagram.type}-${diagram.data.join()}`,
  );
  return (
    <section className="report-band" aria-label={band.title || undefined}>
      {band.title && <h2>{band.title}</h2>}
      {band.rows.length > 0 &&
        band.diagrams.map((diagram, index) => (
          <Suspense key={diagramKeys[index]} fallback={<p className="chart">{t("loading")}</p>}>
            <BarChart band={band} diagram={diagram} />
          </Suspense>
        ))}
      {band.rows.length === 0 ? (
        <p className="empty-state">{t("nothingHere")}</p>
      ) : (
        <DataTable
          columns={band.columns}
          rows={band.rows}
          messages={messages}
          footer={
            hasTotals
              ? band.columns.map((_column, index) =>
                  index === 0 && totals[0] === undefined
                    ? (messages.total ?? t("total"))
                    : totals[index],
                )
              : undefined
          }
        />
      )}
    </section>
  );
}
