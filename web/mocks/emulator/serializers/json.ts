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

interface Policy {
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

function isSjsonCollection(parents: readonly string[], name: string): boolean {
  const parent = parents[parents.length - 1] ?? "";
  const grandparent = parents[parents.length - 2] ?? "";
  return (
    sjsonCollections["*"]?.has(name) === true ||
    sjsonCollections[parent]?.has(name) === true ||
    sjsonCollections[`${grandparent}/${parent}`]?.has(name) === true
  );
}

function messagesToJson(node: XNode): JsonObject {
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

function toJsonObject(
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
    const childInDescription = inDescription || descriptionRoots.has(name);
    const values = members.map((member) =>
      member.name === "messages"
        ? messagesToJson(member)
        : toJsonObject(member, childInDescription, policy, path),
    );
    const asArray =
      members.length > 1 ||
      alwaysArrays.has(name) ||
      arraysUnder[node.name]?.has(name) === true ||
      (inDescription && repeatableInDescription.has(name)) ||
      (policy.sjson && isSjsonCollection(path, name));
    result[name] = asArray ? values : (values[0] ?? {});
  }
  return result;
}

/** `out=json` and `out=xjson`: `{"doc": {...}}` with the `$` mapping of mgr5-protocol.md §3. */
export function toJson(doc: XNode): string {
  return JSON.stringify({ [doc.name]: toJsonObject(doc, false, { sjson: false }) });
}

/**
 * `out=sjson`: the json mapping, but collections are arrays even with one member and single
 * children stay objects (`ok: {}`, `error.msg: {"$": …}`), as a real ISPmanager 6 answers
 * (web/xjson/fixtures/real/khorsa-ispmgr6-*.json; emulator README, Q1). `messages.msg` is a
 * dictionary, as in json.
 */
export function toSjson(doc: XNode): string {
  return JSON.stringify({ [doc.name]: toJsonObject(doc, false, { sjson: true }) });
}

/**
 * `out=JSONdata`: data without the interface description. A list is a plain array of row
 * objects with string values; other documents keep the json mapping minus the description.
 */
export function toJsonData(doc: XNode): string {
  const isList = doc.children.some((child) => child.name === "elem");
  const hasResult = doc.children.some((child) => child.name === "error" || child.name === "ok");
  if (isList && !hasResult) {
    const rows = doc.children
      .filter((child) => child.name === "elem")
      .map((row) => Object.fromEntries(row.children.map((cell) => [cell.name, cell.text ?? ""])));
    return JSON.stringify(rows);
  }
  const dataOnly: XNode = {
    ...doc,
    children: doc.children.filter(
      (child) => !["metadata", "messages", "tparams"].includes(child.name),
    ),
  };
  return toJson(dataOnly);
}
