import { useState } from "react";

import { useSearchParams } from "../../ui/navigation";
import { MgrError } from "../../api/errors";
import { useScope } from "../../api/scope";
import { Button } from "../../ui/button";
import { useText } from "../../ui/lang-context";
import { Spinner } from "../../ui/spinner";
import { dict, lookup } from "../../xjson/dict";
import type { ReportModel } from "../../xjson/model";
import { fieldValues } from "../../xjson/parse-form";
import { uniqueKeys } from "../keys";
import { PrintFooter } from "../print-footer";
import { RequestError } from "../request-error";
import { Unsupported } from "../unsupported";
import { ReportBand } from "./report-band";
import { ReportParams } from "./report-params";
import { useReportText } from "./report-texts";
import { ReportToolbar } from "./report-toolbar";
import { reportSearch, useBuiltReport } from "./use-built-report";
import { usePlace } from "../place";

interface ReportViewProps {
  report: ReportModel;
  lang: string;
  isFetching: boolean;
}

/** The bands of a built report. */
function ReportBands({
  report,
  lang,
  panel,
}: {
  report: ReportModel;
  lang: string;
  panel: string;
}) {
  const keys = uniqueKeys(report.bands, (band) => band.name);
  return (
    <>
      {report.bands.map((band, index) => (
        <ReportBand
          key={keys[index]}
          band={band}
          messages={report.messages}
          lang={lang}
          panel={panel}
        />
      ))}
    </>
  );
}

/**
 * A report: its toolbar, its parameters (kept in the URL, so a report is a link), its bands and
 * printing. A report that waits for its parameters (`firstrun="no"`) shows only the form until
 * "Show" asks it to build; the results are never an "empty" report before that.
 */
export function ReportView({ report, lang, isFetching }: ReportViewProps) {
  const t = useText();
  const rt = useReportText();
  const { panel } = useScope();
  const { func = report.func } = usePlace();
  const [search, setSearch] = useSearchParams();
  const [values, setValues] = useState(() => fieldValues(report.fields));
  const built = useBuiltReport(report, func, search);

  const show = () => {
    const next = reportSearch(search, report.fields, values);
    // The same address again: the query is the same too, so ask the panel once more.
    if (next.toString() === search.toString() && built.needed) void built.query.refetch();
    else setSearch(next);
  };

  const fieldErrors = dict<string>();
  const failure = built.needed ? built.query.error : null;
  // A value the panel refused is marked on its field, which says why: not a second time below.
  const refusedField =
    failure instanceof MgrError && report.fields.some((field) => field.name === failure.field)
      ? failure.field
      : undefined;
  if (failure && refusedField) fieldErrors[refusedField] = failure.message;

  let results;
  if (!built.needed)
    results =
      report.built || !report.waitsForParams ? (
        <ReportBands report={report} lang={lang} panel={panel} />
      ) : (
        <p className="empty-state" role="note">
          {rt("notBuilt", { show: report.messages.msg_ok ?? t("show") })}
        </p>
      );
  else if (built.query.data?.kind === "report")
    results = <ReportBands report={built.query.data} lang={lang} panel={panel} />;
  else if (built.query.data)
    results = (
      <Unsupported what="page" kind={built.query.data.kind}>
        {t("unsupportedPage")} ({built.query.data.kind})
      </Unsupported>
    );
  else if (built.query.isPending) results = <Spinner label={rt("building")} />;
  else if (refusedField) results = null;
  else results = <RequestError error={failure} onRetry={() => void built.query.refetch()} />;

  return (
    <section aria-labelledby="page-title" className="report-view">
      <div className="view-heading">
        <h1 id="page-title">{report.title}</h1>
        {(isFetching || (built.needed && built.query.isFetching)) && (
          <span className="refreshing" aria-live="polite">
            {t("refreshing")}
          </span>
        )}
      </div>
      {report.info && <p className="report-info">{report.info}</p>}
      <ReportToolbar panel={panel} report={report} />
      {report.fields.length > 0 && (
        <ReportParams
          fields={report.fields}
          messages={report.messages}
          values={values}
          errors={fieldErrors}
          onChange={(name, value) => {
            setValues((current) => ({ ...current, [name]: value }));
          }}
          onShow={show}
        />
      )}
      <div className="list-controls no-print">
        <Button
          onClick={() => {
            window.print();
          }}
        >
          {t("print")}
        </Button>
      </div>
      <div className="report-results">{results}</div>
      <PrintFooter
        filter={report.fields.flatMap((field) =>
          field.kind === "select"
            ? [
                `${field.label}: ${field.options.find((option) => option.key === lookup(values, field.name))?.label ?? lookup(values, field.name) ?? ""}`,
              ]
            : [],
        )}
      />
    </section>
  );
}
