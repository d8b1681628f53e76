import type { BandModel, ColumnModel, DiagramModel, DiagramType, ReportModel } from "./model";
import { attr, child, messagesOf, nodes, own, text } from "./normalize";
import { parseField } from "./parse-form";
import { parseColumn, parseRow } from "./parse-list";
import { parseToolbar } from "./parse-toolbar";
import type { WireNode } from "./wire";

/**
 * How deep bands may nest. Real reports nest a detail band or two; a document nesting them
 * thousands deep (a proxy's garbage, or an attack) would otherwise exhaust the stack.
 */
const maxBandDepth = 16;

/** The panel's diagram types (§7.1) by the chart drawn for them; `histogram` is its bars. */
const diagramTypes = new Map<string, DiagramType>([
  ["histogram", "bar"],
  ["bar", "bar"],
  ["line", "line"],
  ["pie", "pie"],
]);

function diagramOf(diagram: WireNode, columns: ColumnModel[]): DiagramModel {
  const declared = attr(diagram, "type") ?? "histogram";
  return {
    type: diagramTypes.get(declared) ?? "unsupported",
    declared,
    label: attr(diagram, "label") ?? columns[0]?.name ?? "",
    // `data="rx,tx"` or one `line data="..."` per series: the panel writes either, or both.
    data: (
      attr(diagram, "data") ??
      nodes(diagram.line)
        .map((line) => attr(line, "data") ?? "")
        .join(",")
    )
      .split(",")
      .map((name) => name.trim())
      .filter(Boolean),
  };
}

function columnOf(col: WireNode, messages: Record<string, string>): ColumnModel | undefined {
  return parseColumn(col, messages);
}

/**
 * A detail band written inside each row of its parent (`reportdata.trafficpie.elem.traff`, as a
 * real DCImanager does for `trafficpie`, evidence/node-dcimanager.md): every row's part, in order.
 */
function inRows(parent: WireNode | undefined, name: string): WireNode | undefined {
  const parts = nodes(parent?.elem).flatMap((row) => nodes(child(row, name)?.elem));
  return parts.length > 0 ? { elem: parts } : undefined;
}

/**
 * The bands of one level with the bands nested in each. A band's data is the element of its
 * name in its parent's data (`reportdata.days.ports`); when the parent has none, the level
 * above is searched, so a panel that writes every band flat in `reportdata` is read too.
 */
function bandsOf(
  metadata: WireNode | undefined,
  data: WireNode | undefined,
  messages: Record<string, string>,
  depth: number,
): BandModel[] {
  if (depth >= maxBandDepth) return [];
  return nodes(metadata?.band).map((band) => {
    const name = attr(band, "name") ?? "";
    const columns = nodes(band.col)
      .map((col) => columnOf(col, messages))
      .filter((col) => col !== undefined);
    const bandData = child(data, name) ?? inRows(data, name);
    const rows = nodes(bandData?.elem).map((elem, index) => {
      const row = parseRow(elem, "id");
      return row.key === "" ? { ...row, key: String(index) } : row;
    });
    return {
      name,
      title: messages[name] ?? "",
      columns,
      rows,
      diagrams: nodes(band.diagram).map((diagram) => diagramOf(diagram, columns)),
      bands: bandsOf(band, bandData ?? data, messages, depth + 1),
    };
  });
}

/**
 * A `report` document (mgr5-protocol.md §7.1): its toolbar, parameter form and bands of rows,
 * nested as the metadata nests them. `built` tells a report not asked to build yet
 * (`firstrun="no"`, no `reportdata`) from one that was built and found nothing.
 */
export function parseReport(doc: WireNode): ReportModel {
  const metadata = child(doc, "metadata");
  const messages = messagesOf(doc);
  const form = child(metadata, "form");
  const fieldNodes = [
    ...nodes(form?.field),
    ...nodes(form?.page).flatMap((page) => nodes(page.field)),
  ];
  const reportdata = own(doc, "reportdata");
  return {
    kind: "report",
    func: attr(doc, "func") ?? attr(metadata, "name") ?? "",
    elid: text(own(doc, "elid")) ?? "",
    title: messages.title ?? attr(metadata, "name") ?? "",
    info: messages.report_info,
    waitsForParams: attr(metadata, "firstrun") === "no",
    built: reportdata !== undefined && reportdata !== null,
    toolbar: parseToolbar(metadata, messages),
    fields: fieldNodes
      .map((field) => parseField(field, doc, messages))
      .filter((field) => field !== undefined),
    bands: bandsOf(metadata, child(doc, "reportdata"), messages, 0),
    messages,
  };
}
