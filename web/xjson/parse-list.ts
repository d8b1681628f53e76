import type {
  CellModel,
  CrumbModel,
  ColumnModel,
  ColumnType,
  ListModel,
  Messages,
  PropModel,
  RowModel,
} from "./model";
import { dict, dictOf } from "./dict";
import { asArray, attr, child, flag, isNode, messagesOf, nodes, scalar, text } from "./normalize";
import { parseToolbar } from "./parse-toolbar";
import type { WireNode, WireValue } from "./wire";

const columnTypes = new Set<ColumnType>(["data", "msg", "indicator", "prop"]);

function parseSorted(value: string | undefined): ColumnModel["sorted"] {
  // "+1" / "-2" in lists; "yes" / "desc" in reports and dashboards (§5.3).
  if (value === undefined || value === "") return undefined;
  if (value === "yes" || value === "asc") return { direction: "asc", priority: 1 };
  if (value === "desc") return { direction: "desc", priority: 1 };
  const match = /^([+-])(\d*)$/.exec(value);
  if (!match) return undefined;
  return { direction: match[1] === "-" ? "desc" : "asc", priority: Number(match[2] || "1") };
}

function parseProps(col: WireNode): PropModel[] {
  const props = nodes(col.prop).map((prop) => ({
    name: attr(prop, "name") ?? "",
    img: attr(prop, "img") ?? "",
  }));
  const xprops = nodes(col.xprop).map((prop) => ({
    name: attr(prop, "name") ?? "",
    img: attr(prop, "img") ?? "",
    value: attr(prop, "value") ?? "",
  }));
  return [...props, ...xprops].filter((prop) => prop.name !== "");
}

/** A `col` of a list's coldata or a report's band. */
export function parseColumn(col: WireNode, messages: Messages): ColumnModel | undefined {
  const name = attr(col, "name");
  if (name === undefined || name === "") return undefined;
  const props = parseProps(col);
  const declared = attr(col, "type") as ColumnType | undefined;
  const type: ColumnType =
    declared && columnTypes.has(declared) ? declared : props.length > 0 ? "prop" : "data";
  const sort = attr(col, "sort");
  const align = attr(col, "align");
  const total = attr(col, "total");
  return {
    name,
    title: messages[name] ?? name,
    hint: messages[`hint_${name}`],
    type,
    sort: sort === "alpha" || sort === "digit" || sort === "prop" ? sort : undefined,
    sorted: parseSorted(attr(col, "sorted")),
    align: align === "left" || align === "center" || align === "right" ? align : undefined,
    props,
    total: total === "sum" || total === "count" ? total : undefined,
    // Cells of a `link` column carry their own drill-down target (§7.1).
    link: flag(attr(col, "link")),
  };
}

/**
 * The attributes of a cell that has none, shared: most cells are plain text, and one object each
 * made a long page's model twice the size, which the garbage collector then had to copy.
 */
const noAttrs: Readonly<Record<string, string>> = Object.freeze(dict<string>());

function parseCell(value: WireValue): CellModel {
  let attrs: Record<string, string> | undefined;
  if (isNode(value))
    for (const [key, attrValue] of Object.entries(value)) {
      const str = scalar(attrValue);
      if (!key.startsWith("$") || key === "$" || str === undefined) continue;
      attrs ??= dict<string>();
      attrs[key.slice(1)] = str;
    }
  return { text: text(value) ?? "", attrs: attrs ?? noAttrs };
}

/**
 * An `elem`: its cells by name, keyed by the `key` cell. A `null` cell is absent; the maps have
 * no prototype, so a cell or attribute named `__proto__` or `constructor` is just a cell.
 */
export function parseRow(elem: WireNode, key: string): RowModel {
  const cells = dict<CellModel>();
  for (const [name, value] of Object.entries(elem)) {
    if (name.startsWith("$") || value === undefined || value === null) continue;
    cells[name] = parseCell(value);
  }
  return { key: cells[key]?.text ?? "", cells };
}

/** A non-negative count; absent, empty or garbage text is the fallback, not `Number("")`'s 0. */
function count(value: WireValue | undefined, fallback: number): number {
  const raw = text(value)?.trim() ?? "";
  const parsed = raw === "" ? Number.NaN : Number(raw);
  return Number.isFinite(parsed) && parsed >= 0 ? parsed : fallback;
}

function parseBreadcrumb(doc: WireNode): CrumbModel[] {
  return nodes(child(doc, "breadcrumb")?.elem)
    .map((elem) => ({
      func: attr(elem, "func") ?? "",
      name: attr(elem, "name") ?? "",
      params: dictOf(
        nodes(elem.param).map((param) => [attr(param, "name") ?? "", text(param) ?? ""] as const),
      ),
    }))
    .filter((crumb) => crumb.func !== "");
}

/** A `list` document (mgr5-protocol.md §5) as a ListModel. */
export function parseList(doc: WireNode): ListModel {
  const metadata = child(doc, "metadata");
  const messages = messagesOf(doc);
  const key = attr(metadata, "key") ?? "id";
  const columns = nodes(child(metadata, "coldata")?.col)
    .map((col) => parseColumn(col, messages))
    .filter((col) => col !== undefined);
  const rows = nodes(doc.elem).map((elem) => parseRow(elem, key));
  const autoupdate = Number(attr(metadata, "autoupdate"));
  const plid = text(doc.plid);
  return {
    kind: "list",
    func: attr(doc, "func") ?? attr(metadata, "name") ?? "",
    plid: plid || undefined,
    breadcrumb: parseBreadcrumb(doc),
    title: messages.title ?? attr(metadata, "name") ?? "",
    key,
    keyname: attr(metadata, "keyname") ?? key,
    columns,
    rows,
    toolbar: parseToolbar(metadata, messages),
    page: {
      number: Math.max(1, count(doc.p_num, 1)),
      size: count(doc.p_cnt, rows.length),
      total: count(doc.p_elems, rows.length),
    },
    filter: asArray(doc.p_filter)
      .map((value) => text(value) ?? "")
      .filter((value) => value !== ""),
    autoupdate: Number.isFinite(autoupdate) && autoupdate > 0 ? autoupdate : undefined,
    messages,
  };
}
