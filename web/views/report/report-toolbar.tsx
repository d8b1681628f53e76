import { Button } from "../../ui/button";
import { useText } from "../../ui/lang-context";
import type { ButtonModel, ReportModel } from "../../xjson/model";
import { uniqueKeys } from "../keys";
import { funcUrl } from "../urls";
import { useReportText } from "./report-texts";
import { Link } from "../../ui/link";

/**
 * Button types that open a view (§5.2) and so can be links: with nothing selected in a report,
 * the ones about an object open it for the report's own `elid`. The rest may act as soon as
 * they are asked (`action`, `group`), so a report never draws them as links.
 */
const opensView: Record<string, "plain" | "elid"> = {
  back: "plain",
  list: "plain",
  new: "plain",
  editnosel: "plain",
  edit: "elid",
  editlist: "elid",
};

function ToolbarButton({
  panel,
  report,
  button,
}: {
  panel: string;
  report: ReportModel;
  button: ButtonModel;
}) {
  const t = useText();
  const opens = Object.hasOwn(opensView, button.type) ? opensView[button.type] : undefined;
  if (!opens || button.func === "")
    return (
      <Button disabled title={`${t("unsupportedButton")} (${button.type || button.name})`}>
        {button.caption}
      </Button>
    );
  const params = opens === "elid" ? { elid: report.elid } : {};
  return (
    <Link
      className={`btn ${button.isDefault ? "btn-primary" : "btn-secondary"}`}
      to={funcUrl(panel, button.func, params)}
      title={button.hint}
    >
      {button.type === "back" && <span aria-hidden="true">← </span>}
      {button.caption}
    </Link>
  );
}

/** A report's toolbar (§7.1): its groups of buttons as links to the views they open. */
export function ReportToolbar({ panel, report }: { panel: string; report: ReportModel }) {
  const rt = useReportText();
  const groupKeys = uniqueKeys(report.toolbar, (group) => group.name);
  if (report.toolbar.length === 0) return null;
  return (
    <div className="report-toolbar no-print" role="toolbar" aria-label={rt("reportToolbar")}>
      {report.toolbar.map((group, groupIndex) => {
        const keys = uniqueKeys(group.buttons, (button) => button.name);
        return (
          <div key={groupKeys[groupIndex]} className="toolbar-group">
            {group.buttons.map((button, index) => (
              <ToolbarButton key={keys[index]} panel={panel} report={report} button={button} />
            ))}
          </div>
        );
      })}
    </div>
  );
}
