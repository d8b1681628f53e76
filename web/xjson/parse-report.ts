import type { BandModel, ReportModel } from "./model";
import { attr, child, messagesOf, nodes } from "./normalize";
import { parseField } from "./parse-form";
import { parseColumn, parseRow } from "./parse-list";
import type { WireNode } from "./wire";

/**
 * How deep bands may nest. Real reports nest a detail band or two; a document nesting them
 * thousands deep (a proxy's garbage, or an attack) would otherwise exhaust the stack.
 */
const maxBandDepth = 16;

function bandsOf(
  metadata: WireNode | undefined,
  data: WireNode | undefined,
  messages: Record<string, string>,
  depth = 0,
): BandModel[] {
  if (depth >= maxBandDepth) return [];
  return nodes(metadata?.band).flatMap((band) => {
    const name = attr(band, "name") ?? "";
    const columns = nodes(band.col)
      .map((col) => parseColumn(col, messages))
      .filter((col) => col !== undefined);
    const rows = nodes(child(data, name)?.elem).map((elem, index) => {
      const row = parseRow(elem, "id");
      return row.key === "" ? { ...row, key: String(index) } : row;
    });
    const diagrams = nodes(band.diagram).map((diagram) => ({
      type: attr(diagram, "type") ?? "histogram",
      label: attr(diagram, "label") ?? columns[0]?.name ?? "",
      data: (
        attr(diagram, "data") ??
        nodes(diagram.line)
          .map((line) => attr(line, "data") ?? "")
          .join(",")
      )
        .split(",")
        .map((name) => name.trim())
        .filter(Boolean),
    }));
    const own: BandModel = { name, title: messages[name] ?? "", columns, rows, diagrams };
    // Nested bands are detail sections of the same report.
    return [own, ...bandsOf(band, child(data, name) ?? data, messages, depth + 1)];
  });
}

/** A `report` document (mgr5-protocol.md §7.1): its parameter form and its bands of rows. */
export function parseReport(doc: WireNode): ReportModel {
  const metadata = child(doc, "metadata");
  const messages = messagesOf(doc);
  const form = child(metadata, "form");
  const fieldNodes = [
    ...nodes(form?.field),
    ...nodes(form?.page).flatMap((page) => nodes(page.field)),
  ];
  return {
    kind: "report",
    func: attr(doc, "func") ?? attr(metadata, "name") ?? "",
    title: messages.title ?? attr(metadata, "name") ?? "",
    info: messages.report_info,
    fields: fieldNodes
      .map((field) => parseField(field, doc, messages))
      .filter((field) => field !== undefined),
    bands: bandsOf(metadata, child(doc, "reportdata"), messages),
    messages,
  };
}
