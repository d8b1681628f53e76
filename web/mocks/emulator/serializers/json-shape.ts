/**
 * The json mapping of a document (mgr5-protocol.md §3): which children are arrays, and the
 * mapping itself as objects, which `json-writer.ts` writes straight to text.
 */
import type { XNode } from "../tree";

/**
 * Element kinds that repeat inside interface descriptions. There they are arrays even with one
 * member (mgr5-protocol.md §3.1, Q2); in data a single child collapses to a bare object.
 */
const repeatableInDescription = new Set([
  "page",
  "field",
  "input",
  "select",
  "textarea",
  "slider",
  "textdata",
  "htmldata",
  "list",
  "tree",
  "datetime",
  "link",
  "img",
  "desc",
  "frame",
  "ticket",
  "captcha",
  "if",
  "else",
  "col",
  "prop",
  "xprop",
  "toolgrp",
  "toolbtn",
  "button",
  "hide",
  "show",
  "remove",
  "block",
  "node",
  "band",
  "diagram",
  "line",
]);

/** Containers whose subtree is interface description. */
const descriptionRoots = new Set(["metadata", "mainmenu"]);

/**
 * Always arrays, wherever they are: option lists (the form example of mgr5-protocol.md §6.2),
 * a form's embedded lists, trees and ticket threads (`doc.list[]`, read by name as in C-ZOMRO
 * and C-IDX; `doc.mlist[0]` in C-ZOMRO).
 */
const alwaysArrays = new Set(["slist", "list", "tree", "mlist"]);

/**
 * Arrays under a given parent: a thread's messages and their files (`mlist[].message[].file[]`,
 * read so by C-ZOMRO) and a tree's nodes at every depth, as menu nodes are.
 */
const arraysUnder: Record<string, ReadonlySet<string>> = {
  mlist: new Set(["message"]),
  message: new Set(["file"]),
  tree: new Set(["node"]),
  node: new Set(["node"]),
};

export type JsonValue = string | JsonValue[] | { [key: string]: JsonValue };
type JsonObject = Record<string, JsonValue>;

export interface Policy {
  /**
   * sjson: collections are arrays even with one member (`sjsonCollections`), and children are
   * written in name order, as a real ISPmanager 6 does.
   */
  sjson: boolean;
}

/**
 * Collections that `out=sjson` sends as arrays even with one member, by parent (`*` = any).
 * Captured from a real ISPmanager 6 (Khorsa/php-ispmanager-api
 * tests/IspWebDomainTest.php:12, tests/IspUserTest.php:53; saved in
 * web/xjson/fixtures/real/khorsa-ispmgr6-*.json): `elem` with one row, the list's `page`, a
 * group's one `toolbtn`, a button's one `hide`, `col`, `prop`, `xprop`, `toolgrp`,
 * `p_possible_filters.filter` and `error.param` are arrays; `ok`, `error`, `error.msg`,
 * `error.detail`, `tparams.*`, `p_num`, `p_cnt`, `p_elems`, `p_sort`, `p_order`, `tips.tip`
 * and every row cell are objects. The rest are what mgr5-protocol.md §5.5, §6.3, §7.1–§7.5
 * documents as repeatable where the emulator writes them: select options, filter texts,
 * dashboard blocks and their buttons and columns, notification items and breadcrumb parameters.
 * The interface description (`metadata`, `mainmenu`) uses `repeatableInDescription`, as json
 * does.
 */
const sjsonCollections: Record<string, ReadonlySet<string>> = {
  "*": new Set(["elem"]),
  doc: new Set(["page", "p_filter", "block"]),
  error: new Set(["param"]),
  p_possible_filters: new Set(["filter"]),
  slist: new Set(["val"]),
  block: new Set(["toolbtn", "col"]),
  notify: new Set(["item"]),
  "breadcrumb/elem": new Set(["param"]),
};

/** Whether `table` lists `name` under `parent` (a parent called `__proto__` lists nothing). */
function under(table: Record<string, ReadonlySet<string>>, parent: string, name: string): boolean {
  return Object.hasOwn(table, parent) && table[parent]?.has(name) === true;
}

function isSjsonCollection(parents: readonly string[], name: string): boolean {
  const parent = parents[parents.length - 1] ?? "";
  const grandparent = parents[parents.length - 2] ?? "";
  return (
    under(sjsonCollections, "*", name) ||
    under(sjsonCollections, parent, name) ||
    under(sjsonCollections, `${grandparent}/${parent}`, name)
  );
}

export function messagesToJson(node: XNode): JsonObject {
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(node.attrs)) result[`$${key}`] = value;
  const dictionary: JsonObject = {};
  for (const msg of node.children) {
    const name = msg.attrs.name;
    if (msg.name === "msg" && name !== undefined) dictionary[name] = msg.text ?? "";
  }
  result.msg = dictionary;
  return result;
}

/** Whether a child's subtree is interface description. */
export function describes(inDescription: boolean, name: string): boolean {
  return inDescription || descriptionRoots.has(name);
}

/**
 * Whether the children called `name` of `node` (`count` of them) are an array. `parent` is the
 * name of the node's parent ("" for the document).
 */
export function isArray(
  node: XNode,
  name: string,
  count: number,
  inDescription: boolean,
  policy: Policy,
  parent: string,
): boolean {
  return (
    count > 1 ||
    alwaysArrays.has(name) ||
    under(arraysUnder, node.name, name) ||
    (inDescription && repeatableInDescription.has(name)) ||
    (policy.sjson && isSjsonCollection([parent, node.name], name))
  );
}

/** The mapping as objects (`json-writer.ts` writes the same text without them). */
export function toJsonObject(
  node: XNode,
  inDescription: boolean,
  policy: Policy,
  parents: readonly string[] = [],
): JsonObject {
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(node.attrs)) result[`$${key}`] = value;
  if (node.text !== undefined && node.text !== "") result.$ = node.text;

  const groups = new Map<string, XNode[]>();
  for (const child of node.children) {
    const group = groups.get(child.name);
    if (group) group.push(child);
    else groups.set(child.name, [child]);
  }
  const path = [...parents, node.name];
  // A real sjson reply lists a node's children by name (every object of
  // web/xjson/fixtures/real/khorsa-ispmgr6-webdomain.json); json keeps document order (§3.1).
  const names = policy.sjson ? [...groups.keys()].sort() : [...groups.keys()];
  for (const name of names) {
    const members = groups.get(name) ?? [];
    const childInDescription = describes(inDescription, name);
    const values = members.map((member) =>
      member.name === "messages"
        ? messagesToJson(member)
        : toJsonObject(member, childInDescription, policy, path),
    );
    const asArray = isArray(
      node,
      name,
      members.length,
      inDescription,
      policy,
      parents.at(-1) ?? "",
    );
    result[name] = asArray ? values : (values[0] ?? {});
  }
  return result;
}
