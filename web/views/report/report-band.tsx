import { useText } from "../../ui/lang-context";
import type { BandModel, Messages } from "../../xjson/model";
import { columnTotal } from "../../xjson/totals";
import { DataTable } from "../data-table";
import { uniqueKeys } from "../keys";
import { Chart } from "./chart";
import { useReportText } from "./report-texts";
import "./report.css";

interface ReportBandProps {
  band: BandModel;
  messages: Messages;
  lang: string;
  panel: string;
  /** The band's heading level: 2 for the report's bands, one more for each nesting. */
  level?: number;
}

const headings = ["h2", "h3", "h4", "h5", "h6"] as const;

/**
 * One band of a report: its heading, its rows with the totals its columns ask for, then its
 * diagrams, then the bands nested in it, indented and a heading level lower. A band without
 * rows still shows its title, with a note.
 */
export function ReportBand({ band, messages, lang, panel, level = 2 }: ReportBandProps) {
  const t = useText();
  const rt = useReportText();
  const totals = band.columns.map((column) => columnTotal(column, band.rows, lang));
  const hasTotals = totals.some((total) => total !== undefined);
  const totalLabel = messages.total ?? t("total");
  const diagramKeys = uniqueKeys(
    band.diagrams,
    (diagram) => `${diagram.declared}-${diagram.data.join()}`,
  );
  const bandKeys = uniqueKeys(band.bands, (nested) => nested.name);
  const Heading = headings[Math.min(headings.length - 1, Math.max(0, level - 2))] ?? "h6";
  return (
    <section
      className={level > 2 ? "report-band report-band-nested" : "report-band"}
      aria-label={band.title || undefined}
    >
      {band.title && <Heading>{band.title}</Heading>}
      {band.rows.length === 0 ? (
        <p className="empty-state">{rt("noRows")}</p>
      ) : (
        <DataTable
          columns={band.columns}
          rows={band.rows}
          messages={messages}
          panel={panel}
          footer={
            hasTotals
              ? band.columns.map((_column, index) => {
                  if (index > 0) return totals[index];
                  // The first cell says what the row is, and its own total if it has one.
                  return totals[0] === undefined ? totalLabel : `${totalLabel}: ${totals[0]}`;
                })
              : undefined
          }
        />
      )}
      {band.rows.length > 0 &&
        band.diagrams.map((diagram, index) => (
          <Chart key={diagramKeys[index]} band={band} diagram={diagram} lang={lang} />
        ))}
      {band.bands.map((nested, index) => (
        <ReportBand
          key={bandKeys[index]}
          band={nested}
          messages={messages}
          lang={lang}
          panel={panel}
          level={level + 1}
        />
      ))}
    </section>
  );
}
