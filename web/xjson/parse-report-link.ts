import { dict, lookup } from "./dict";
import type { ColumnModel, RowModel } from "./model";

/** Where a drill-down leads: a panel function and the parameters to open it with. */
export interface DrillDown {
  func: string;
  params: Record<string, string>;
}

/**
 * Parameters that belong to the request door (how and as whom it asks), never to a view: a
 * target that carries them gets the door's own instead.
 */
const doorParams = new Set(["out", "auth", "authinfo", "su", "lang", "sfrom"]);

/**
 * Where a cell of a `link="yes"` column leads (mgr5-protocol.md §7.1): its `link` attribute is a
 * query string such as `func=switch.port&elid=1`. A cell without one, or whose target names no
 * function, leads nowhere and is drawn as text: the panel decides which cells link (a customer's
 * cells of the same column may not).
 */
export function drillDown(column: ColumnModel, row: RowModel): DrillDown | undefined {
  if (!column.link) return undefined;
  const cell = lookup(row.cells, column.name);
  const target = cell ? lookup(cell.attrs, "link") : undefined;
  if (target === undefined) return undefined;
  const search = new URLSearchParams(target.trim().replace(/^\?/, ""));
  const func = search.get("func") ?? "";
  if (!/^[\w.-]+$/.test(func)) return undefined;
  const params = dict<string>();
  for (const [name, value] of search)
    if (name !== "func" && !doorParams.has(name)) params[name] = value;
  return { func, params };
}
