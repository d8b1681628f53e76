import { MgrFault } from "../errors";
import { callerOf, type FuncContext, type Reply } from "../context";
import type { Texts } from "../i18n";
import type { ListState } from "../sessions";
import { CellsNode, el, leaf, messagesNode, type Cell, type XNode } from "../tree";
import { sortedOrder } from "./list-sort";

export interface PropSpec {
  name: string;
  img: string;
  /** For `xprop`: shown only when the row's value equals this. */
  value?: string;
}

export interface ColumnSpec {
  name: string;
  type?: "data" | "msg" | "indicator" | "prop";
  sort?: "alpha" | "digit" | "prop";
  align?: "left" | "center" | "right";
  minLevel?: number;
  props?: PropSpec[];
}

export interface ConditionSpec {
  kind: "hide" | "show" | "remove";
  name: string;
  value: string;
}

export interface ButtonSpec {
  name: string;
  func: string;
  type: string;
  img?: string;
  isDefault?: boolean;
  /** An `edit` button whose form takes one object at a time (§5.2 `nogroupedit`). */
  noGroupEdit?: boolean;
  minLevel?: number;
  conditions?: ConditionSpec[];
}

export interface ToolGroupSpec {
  name: string;
  buttons: ButtonSpec[];
}

export interface Crumb {
  func: string;
  name: string;
  params?: Record<string, string>;
}

export type { Cell };

export interface ListSpec<Row> {
  name: string;
  key: string;
  keyname: string;
  columns: ColumnSpec[];
  toolbar: ToolGroupSpec[];
  texts: Texts;
  rows(ctx: FuncContext): Row[];
  /** Cells sent in every row without a column: the key and what toolbar rules read. */
  hiddenFields?: string[];
  /** Cells by column or prop name; a prop is present when its cell is defined. */
  cells(row: Row, ctx: FuncContext): Record<string, Cell | undefined>;
  /**
   * One cell, `cells(row, ctx)[name]`, without building the others: sorting a long list reads
   * only the sorted column. Without it, sorting builds every row's cells.
   */
  cell?(row: Row, name: string, ctx: FuncContext): Cell | undefined;
  /** The path to this list, for sub-lists (mgr5-protocol.md §7.4), and the parent's key. */
  parent?(ctx: FuncContext): { plid: string; crumbs: Crumb[] };
  /** Seconds between refreshes while the rows need it (operations running). */
  autoupdate?(rows: Row[]): number | undefined;
  filter?: {
    apply(rows: Row[], filter: Record<string, string>, ctx: FuncContext): Row[];
    describe(filter: Record<string, string>, ctx: FuncContext): string[];
  };
}

const commonTexts: Texts = {
  en: { msg_confirm_delimiter: ", ", p_elems: "Total" },
  ru: { msg_confirm_delimiter: ", ", p_elems: "Всего" },
};

export const maxPageSize = 10000;
export const defaultPageSize = 50;

/** The outputs an interface draws pages from (the console, the panel's own theme, `devel`). */
const interfaceOutputs = new Set(["xjson", "devel", ""]);

function outOf(ctx: FuncContext): string {
  return ctx.params.out ?? "";
}

function allowed(level: number, minLevel?: number): boolean {
  return minLevel === undefined || level >= minLevel;
}

function cellText(cell: Cell | undefined): string {
  if (cell === undefined) return "";
  return typeof cell === "string" ? cell : cell.text;
}

function positiveInt(value: string | undefined, name: string, max: number): number | undefined {
  if (value === undefined || value === "") return undefined;
  if (!/^\d{1,9}$/.test(value) || Number(value) < 1 || Number(value) > max)
    throw new MgrFault("value", name, value);
  return Number(value);
}

/** Reads `p_col=+name` or `p_sort=name&p_order=desc` (Q6) into `+name`/`-name`. */
function requestedSort(ctx: FuncContext): string | undefined {
  const { p_col: col, p_sort: sort, p_order: order } = ctx.params;
  if (col !== undefined && col !== "") return /^[+-]/.test(col) ? col : `+${col}`;
  if (sort !== undefined && sort !== "") return `${order === "desc" ? "-" : "+"}${sort}`;
  return undefined;
}

/** A row's `elem`: its cells are built each time they are read (`CellsNode`). */
class ListRow<Row> extends CellsNode {
  constructor(
    private readonly spec: ListSpec<Row>,
    private readonly row: Row,
    private readonly ctx: FuncContext,
    private readonly built: Record<string, Cell | undefined> | undefined,
    shows: ReadonlySet<string>,
  ) {
    super("elem", shows);
  }

  cells(): Record<string, Cell | undefined> {
    return this.built ?? this.spec.cells(this.row, this.ctx);
  }
}

function metadataNode<Row>(
  spec: ListSpec<Row>,
  columns: ColumnSpec[],
  level: number,
  autoupdate?: number,
): XNode {
  const toolbar = el(
    "toolbar",
    { view: "buttontext" },
    ...spec.toolbar
      .map((group) => ({
        ...group,
        buttons: group.buttons.filter((button) => allowed(level, button.minLevel)),
      }))
      .filter((group) => group.buttons.length > 0)
      .map((group) =>
        el(
          "toolgrp",
          { name: group.name },
          ...group.buttons.map((button) =>
            el(
              "toolbtn",
              {
                name: button.name,
                func: button.func,
                type: button.type,
                img: button.img,
                default: button.isDefault ? "yes" : undefined,
                nogroupedit: button.noGroupEdit ? "yes" : undefined,
              },
              ...(button.conditions ?? []).map((condition) =>
                el(condition.kind, { name: condition.name, value: condition.value }),
              ),
            ),
          ),
        ),
      ),
  );
  const coldata = el(
    "coldata",
    {},
    ...columns.map((col) =>
      el(
        "col",
        { name: col.name, type: col.type ?? "data", sort: col.sort, align: col.align },
        ...(col.props ?? []).map((prop) =>
          prop.value === undefined
            ? el("prop", { name: prop.name, img: prop.img })
            : el("xprop", { name: prop.name, value: prop.value, img: prop.img }),
        ),
      ),
    ),
  );
  return el(
    "metadata",
    {
      name: spec.name,
      type: "list",
      key: spec.key,
      keyname: spec.keyname,
      autoupdate: autoupdate?.toString(),
    },
    toolbar,
    coldata,
  );
}

/**
 * Answers a list function from its spec: level trimming, saved and requested sort, filter,
 * paging with clamping, and the `sorted` state on the sorted column.
 */
export function renderList<Row>(ctx: FuncContext, spec: ListSpec<Row>): Reply {
  const caller = callerOf(ctx);
  const level = caller.user.level;
  const columns = spec.columns.filter((col) => allowed(level, col.minLevel));
  const saved: ListState = caller.session?.lists[spec.name] ?? {};

  const asked = positiveInt(ctx.params.p_cnt, "p_cnt", maxPageSize);
  const pageSize = asked ?? saved.pageSize ?? defaultPageSize;
  const sort = requestedSort(ctx) ?? saved.sort;
  const sortColumn =
    sort === undefined ? undefined : columns.find((col) => col.name === sort.slice(1));
  if (sort !== undefined && sortColumn?.sort === undefined)
    throw new MgrFault("value", "p_col", sort);

  const filter = saved.filter ?? {};
  let rows = spec.rows(ctx);
  if (spec.filter && Object.keys(filter).length > 0) rows = spec.filter.apply(rows, filter, ctx);

  const total = rows.length;
  const askedPage = positiveInt(ctx.params.p_num, "p_num", Number.MAX_SAFE_INTEGER);
  // API clients get every row unless they ask for a page (see "lists for API clients" in README).
  const whole = asked === undefined && askedPage === undefined && !interfaceOutputs.has(outOf(ctx));
  const size = whole ? Math.max(total, 1) : pageSize;
  const lastPage = Math.max(1, Math.ceil(total / size));
  const pageNumber = Math.min(askedPage ?? 1, lastPage);
  const first = (pageNumber - 1) * size;
  const end = Math.min(total, first + size);

  // Cells are built only for the rows on the page (when written), unless sorting needs them all
  // (a list without `cell`).
  const built: (Record<string, Cell | undefined> | undefined)[] = [];
  const cellsAt = (index: number) => (built[index] ??= spec.cells(rows[index] as Row, ctx));
  let order: ArrayLike<number> | undefined;
  if (sortColumn && sort) {
    const cellOf = (index: number, name: string) =>
      spec.cell ? spec.cell(rows[index] as Row, name, ctx) : cellsAt(index)[name];
    const props = sortColumn.props ?? [];
    const name = sortColumn.name;
    // A loop, not a callback per row: 100,000 rows are read for one sort.
    const texts: string[] = [];
    for (let index = 0; index < rows.length; index += 1) {
      if (sortColumn.sort !== "prop") texts.push(cellText(cellOf(index, name)));
      else {
        let count = 0;
        for (const prop of props) if (cellOf(index, prop.name) !== undefined) count += 1;
        texts.push(String(count));
      }
    }
    const kind = sortColumn.sort === "alpha" ? "alpha" : "digit";
    // Only the page's rows need their exact places.
    order = sortedOrder(texts, kind, sort.startsWith("-") ? -1 : 1, { from: first, to: end });
  }

  const page: number[] = [];
  for (let at = first; at < end; at += 1) page.push(order?.[at] ?? at);

  if (caller.session) caller.session.lists[spec.name] = { ...saved, pageSize, sort };

  const visible = new Set([
    spec.key,
    ...(spec.hiddenFields ?? []),
    ...columns.flatMap((col) => [col.name, ...(col.props ?? []).map((prop) => prop.name)]),
  ]);
  const elems: XNode[] = [];
  for (const index of page)
    elems.push(new ListRow(spec, rows[index] as Row, ctx, built[index], visible));

  const metadata = metadataNode(spec, columns, level, spec.autoupdate?.(rows));
  if (sortColumn && sort) {
    const colNode = metadata.children
      .find((child) => child.name === "coldata")
      ?.children.find((col) => col.attrs.name === sortColumn.name);
    if (colNode) colNode.attrs.sorted = `${sort.slice(0, 1)}1`;
  }
  const parent = spec.parent?.(ctx);
  const filterTexts =
    spec.filter && Object.keys(filter).length > 0 ? spec.filter.describe(filter, ctx) : [];

  return {
    children: [
      metadata,
      messagesNode(spec.name, { ...commonTexts[ctx.lang], ...spec.texts[ctx.lang] }),
      ...elems,
      leaf("p_num", pageNumber),
      leaf("p_cnt", whole ? total : pageSize),
      leaf("p_elems", total),
      ...filterTexts.map((text) => leaf("p_filter", text)),
      parent ? leaf("plid", parent.plid) : null,
      parent ? breadcrumbNode(parent.crumbs) : null,
    ].filter((node) => node !== null),
  };
}

function breadcrumbNode(crumbs: Crumb[]): XNode {
  return el(
    "breadcrumb",
    {},
    ...crumbs.map((crumb) =>
      el(
        "elem",
        { func: crumb.func, name: crumb.name },
        ...Object.entries(crumb.params ?? {}).map(([name, value]) => el("param", { name }, value)),
      ),
    ),
  );
}
