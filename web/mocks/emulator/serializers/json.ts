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
  /** sjson: every element child is an array. */
  everyChildArray: boolean;
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

function toJsonObject(node: XNode, inDescription: boolean, policy: Policy): JsonObject {
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(node.attrs)) result[`$${key}`] = value;
  if (node.text !== undefined && node.text !== "") result.$ = node.text;

  const groups = new Map<string, XNode[]>();
  for (const child of node.children) {
    const group = groups.get(child.name);
    if (group) group.push(child);
    else groups.set(child.name, [child]);
  }
  for (const [name, members] of groups) {
    const childInDescription = inDescription || descriptionRoots.has(name);
    const values = members.map((member) =>
      member.name === "messages" && !policy.everyChildArray
        ? messagesToJson(member)
        : toJsonObject(member, childInDescription, policy),
    );
    const asArray =
      policy.everyChildArray ||
      members.length > 1 ||
      alwaysArrays.has(name) ||
      arraysUnder[node.name]?.has(name) === true ||
      (inDescription && repeatableInDescription.has(name));
    result[name] = asArray ? values : (values[0] ?? {});
  }
  return result;
}

/** `out=json` and `out=xjson`: `{"doc": {...}}` with the `$` mapping of mgr5-protocol.md §3. */
export function toJson(doc: XNode): string {
  return JSON.stringify({ [doc.name]: toJsonObject(doc, false, { everyChildArray: false }) });
}

/** `out=sjson`: the same tree, every element child an array (emulator README, Q1). */
export function toSjson(doc: XNode): string {
  return JSON.stringify({ [doc.name]: toJsonObject(doc, false, { everyChildArray: true }) });
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
