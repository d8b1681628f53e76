import { useState, type SyntheticEvent } from "react";
import { useSearchParams } from "react-router";

import { Button } from "../../ui/button";
import { useText } from "../../ui/lang-context";
import { lookup } from "../../xjson/dict";
import type { ReportModel } from "../../xjson/model";
import { fieldValues } from "../../xjson/parse-form";
import { FormField } from "../form/form-field";
import { uniqueKeys } from "../keys";
import { PrintFooter } from "../print-footer";
import { ReportBand } from "./report-band";

interface ReportViewProps {
  report: ReportModel;
  lang: string;
  isFetching: boolean;
}

/** A report: its parameters (kept in the URL, so a report is a link), its bands, and printing. */
export function ReportView({ report, lang, isFetching }: ReportViewProps) {
  const t = useText();
  const [, setSearch] = useSearchParams();
  const [values, setValues] = useState(() => fieldValues(report.fields));

  const fieldKeys = uniqueKeys(report.fields, (field) => field.name);
  const bandKeys = uniqueKeys(report.bands, (band) => band.name);

  const show = (event: SyntheticEvent) => {
    event.preventDefault();
    setSearch({ ...values, sok: "ok" });
  };

  return (
    <section aria-labelledby="page-title" className="report-view">
      <div className="view-heading">
        <h1 id="page-title">{report.title}</h1>
        {isFetching && (
          <span className="refreshing" aria-live="polite">
            {t("refreshing")}
          </span>
        )}
      </div>
      {report.info && <p className="report-info">{report.info}</p>}
      {report.fields.length > 0 && (
        <form className="report-params no-print" onSubmit={show}>
          {report.fields.map((field, index) => (
            <FormField
              key={fieldKeys[index]}
              field={field}
              value={lookup(values, field.name) ?? ""}
              values={values}
              shadowed={false}
              files={[]}
              onChange={(value) => {
                setValues((current) => ({ ...current, [field.name]: value }));
              }}
              onFiles={() => undefined}
              onBlur={() => undefined}
            />
          ))}
          <Button type="submit" variant="primary">
            {report.messages.msg_ok ?? t("show")}
          </Button>
        </form>
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
      {report.bands.map((band, index) => (
        <ReportBand key={bandKeys[index]} band={band} messages={report.messages} lang={lang} />
      ))}
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
