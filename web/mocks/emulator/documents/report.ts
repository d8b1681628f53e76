import type { FuncContext, Reply } from "../context";
import type { Texts } from "../i18n";
import { el, leaf, messagesNode, type XNode } from "../tree";
import { formDataNodes, formElement, type FormData, type PageSpec } from "./form";
import type { Cell, Crumb } from "./list";

export interface ReportColumnSpec {
  name: string;
  sort?: "alpha" | "digit";
  /** A footer total: the sum of the cells' `orig` (or text), or the number of rows. */
  total?: "sum" | "count";
  align?: "left" | "center" | "right";
  /** The cells lead somewhere: each carries `link="func=...&..."` (a drill-down). */
  link?: boolean;
}

/** A chart over a band's rows: `label` names the category column, `data` the value columns. */
export interface DiagramSpec {
  type: "line" | "bar" | "pie" | "histogram";
  label: string;
  data: string[];
}

/** A table section of a report; `bands` are detail sections nested in it (§7.1). */
export interface BandSpec {
  name: string;
  columns: ReportColumnSpec[];
  diagrams?: DiagramSpec[];
  bands?: BandSpec[];
  /**
   * A nested band whose data sits inside each row of its parent (`<parent><elem><cells/>
   * <this>…</this></elem></parent>`, filled from the parent's `rowBands`), not after the rows:
   * what `trafficpie` sends (evidence/node-dcimanager.md). The metadata nests it as usual.
   */
  inRow?: boolean;
}

export interface ReportToolButtonSpec {
  name: string;
  func: string;
  type: string;
  img?: string;
}

export interface ReportSpec {
  name: string;
  texts: Texts;
  /** `firstrun="no"`: the report is built only once its form is submitted. */
  firstrun?: boolean;
  /** Buttons directly in the toolbar, outside any group (a report's Back, §7.1). */
  toolbar?: ReportToolButtonSpec[];
  /** The parameter form: its pages (§7.1); it has no buttons of its own. */
  form: PageSpec[];
  bands: BandSpec[];
}

/** A band's rows and its nested bands' data; a band without rows is an empty element. */
export interface BandData {
  rows: Record<string, Cell | undefined>[];
  bands?: Record<string, BandData>;
  /** By row index, the data of the nested bands marked `inRow`; a row without any gets empty ones. */
  rowBands?: (Record<string, BandData> | undefined)[];
}

export interface ReportData extends Omit<FormData, "isNew"> {
  /** Undefined while the report is not built (`firstrun="no"` before `sok=ok`). */
  bands?: Record<string, BandData>;
  crumbs?: Crumb[];
}

function cellNode(name: string, cell: Cell): XNode {
  return typeof cell === "string" ? leaf(name, cell) : el(name, cell.attrs, cell.text);
}

function bandMetadata(band: BandSpec): XNode {
  return el(
    "band",
    { name: band.name },
    ...(band.diagrams ?? []).map((diagram) =>
      el(
        "diagram",
        { type: diagram.type, label: diagram.label, data: diagram.data.join(",") },
        ...diagram.data.map((data) => el("line", { data })),
      ),
    ),
    ...band.columns.map((col) =>
      el("col", {
        name: col.name,
        type: "data",
        sort: col.sort,
        total: col.total,
        align: col.align,
        link: col.link ? "yes" : undefined,
      }),
    ),
    ...(band.bands ?? []).map(bandMetadata),
  );
}

/**
 * `<band>` data: the rows, then each nested band's element inside it (§7.1); a nested band
 * marked `inRow` is inside each row's element instead, after its cells.
 */
function bandNode(band: BandSpec, data: BandData | undefined): XNode {
  const nested = band.bands ?? [];
  return el(
    band.name,
    {},
    ...(data?.rows ?? []).map((row, index) =>
      el(
        "elem",
        {},
        ...Object.entries(row)
          .filter((entry): entry is [string, Cell] => entry[1] !== undefined)
          .map(([name, cell]) => cellNode(name, cell)),
        ...nested
          .filter((inner) => inner.inRow === true)
          .map((inner) => bandNode(inner, data?.rowBands?.[index]?.[inner.name])),
      ),
    ),
    ...nested
      .filter((inner) => inner.inRow !== true)
      .map((inner) => bandNode(inner, data?.bands?.[inner.name])),
  );
}

/**
 * Answers a report (mgr5-protocol.md §7.1): metadata with the toolbar, the parameter form and
 * the bands; messages; the form's values and option lists; and `reportdata` once built.
 */
export function renderReport(ctx: FuncContext, spec: ReportSpec, data: ReportData): Reply {
  const formSpec = { name: spec.name, texts: spec.texts, pages: spec.form };
  const formData: FormData = { ...data, isNew: false };
  return {
    children: [
      el(
        "metadata",
        { name: spec.name, type: "report", firstrun: spec.firstrun === false ? "no" : undefined },
        spec.toolbar
          ? el(
              "toolbar",
              {},
              ...spec.toolbar.map((button) =>
                el("toolbtn", {
                  name: button.name,
                  func: button.func,
                  type: button.type,
                  img: button.img,
                }),
              ),
            )
          : null,
        formElement(ctx, formSpec, formData, false),
        ...spec.bands.map(bandMetadata),
      ),
      messagesNode(spec.name, spec.texts[ctx.lang]),
      ...formDataNodes(ctx, formSpec, formData),
      data.crumbs
        ? el(
            "breadcrumb",
            {},
            ...data.crumbs.map((crumb) =>
              el(
                "elem",
                { func: crumb.func, name: crumb.name },
                ...Object.entries(crumb.params ?? {}).map(([name, value]) =>
                  el("param", { name }, value),
                ),
              ),
            ),
          )
        : null,
      data.bands
        ? el("reportdata", {}, ...spec.bands.map((band) => bandNode(band, data.bands?.[band.name])))
        : null,
    ].filter((node) => node !== null),
  };
}
