import type { FuncContext, Reply } from "../context";
import { MgrFault } from "../errors";
import { el } from "../tree";
import { elids, singleElid } from "./actions";

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

/**
 * The objects of a group edit (`elid=a, b`, mgr5-protocol.md §5.2), every one found before
 * anything changes (one unknown key is `missed`); undefined when `elid` names one object or none.
 */
export function groupTargets<T>(
  ctx: FuncContext,
  kind: string,
  find: (id: string) => T | undefined,
): T[] | undefined {
  const ids = (ctx.params.elid ?? "")
    .split(",")
    .map((id) => id.trim())
    .filter((id) => id !== "");
  if (ids.length < 2) return undefined;
  return elids(ctx).map((id) => {
    const item = find(id);
    if (item === undefined) throw new MgrFault("missed", kind, id.slice(0, 100));
    return item;
  });
}

/** What a group form shows: the value every object shares, or "" where they differ. */
export function sharedValues(
  all: Record<string, string>[],
  names: string[],
): Record<string, string> {
  const shared: Record<string, string> = {};
  for (const name of names) {
    const values = new Set(all.map((values) => values[name] ?? ""));
    shared[name] = values.size === 1 ? ([...values][0] ?? "") : "";
  }
  return shared;
}

const keepTexts = { en: "(keep each one's value)", ru: "(оставить как у каждого)" };

/** The first option of a select in a group form: empty, which leaves each object as it is. */
export function keepOption(lang: "en" | "ru"): { key: string; label: string } {
  return { key: "", label: keepTexts[lang] };
}
