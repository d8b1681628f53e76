import type { FuncContext, Reply } from "../context";
import { MgrFault } from "../errors";
import { el } from "../tree";

/** `elid=a, b, c` (mgr5-protocol.md §1.2): the keys, or a `missed` fault when there are none. */
export function elids(ctx: FuncContext): string[] {
  const ids = (ctx.params.elid ?? "")
    .split(",")
    .map((id) => id.trim())
    .filter((id) => id !== "");
  if (ids.length === 0) throw new MgrFault("missed", "elid", "");
  if (ids.length > 10000) throw new MgrFault("value", "elid", "");
  return ids;
}

export function ok(text?: string, changed = true): Reply {
  return { children: [el("ok", {}, text)], changed };
}

/**
 * A group action: every key is resolved and checked before anything changes, so a bad key
 * (`missed`) or a refused item leaves the state as it was.
 */
export function groupAction<T>(
  ctx: FuncContext,
  kind: string,
  find: (id: string) => T | undefined,
  apply: (item: T) => void,
  check?: (item: T, id: string) => void,
): Reply {
  const items = elids(ctx).map((id) => {
    const item = find(id);
    if (item === undefined) throw new MgrFault("missed", kind, id.slice(0, 100));
    check?.(item, id);
    return item;
  });
  for (const item of items) apply(item);
  return ok();
}

/** The one key of an action that takes exactly one. */
export function singleElid(ctx: FuncContext): string {
  const ids = elids(ctx);
  if (ids.length > 1) throw new MgrFault("value", "elid", ctx.params.elid?.slice(0, 100) ?? "");
  return ids[0] ?? "";
}
