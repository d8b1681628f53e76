import type { FuncContext, Reply } from "../context";
import { MgrFault } from "../errors";
import { el } from "../tree";
import { singleElid } from "./actions";

/**
 * The object an `*.edit` function works on: none for a new one (empty `elid`), else the one
 * `elid` names, or a `missed` fault of `kind`.
 */
export function editTarget<T>(
  ctx: FuncContext,
  kind: string,
  find: (id: string) => T | undefined,
): { isNew: boolean; item?: T } {
  if ((ctx.params.elid ?? "") === "") return { isNew: true };
  const item = find(singleElid(ctx));
  if (item === undefined) throw new MgrFault("missed", kind, ctx.params.elid ?? "");
  return { isNew: false, item };
}

/** `<id>7</id><ok/>`: a saved object's key next to the success (dcimanager.md §1.3). */
export function savedAs(name: string, value: string | number): Reply {
  return { children: [el(name, {}, String(value)), el("ok")], changed: true };
}
