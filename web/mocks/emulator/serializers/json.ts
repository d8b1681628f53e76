import type { XNode } from "../tree";
import { writeJson } from "./json-writer";

/** `out=json` and `out=xjson`: `{"doc": {...}}` with the `$` mapping of mgr5-protocol.md §3. */
export function toJson(doc: XNode): string {
  return `{${JSON.stringify(doc.name)}:${writeJson(doc, false, { sjson: false })}}`;
}

/**
 * `out=sjson`: the json mapping, but collections are arrays even with one member and single
 * children stay objects (`ok: {}`, `error.msg: {"$": …}`), as a real ISPmanager 6 answers
 * (web/xjson/fixtures/real/khorsa-ispmgr6-*.json; emulator README, Q1). `messages.msg` is a
 * dictionary, as in json.
 */
export function toSjson(doc: XNode): string {
  return `{${JSON.stringify(doc.name)}:${writeJson(doc, false, { sjson: true })}}`;
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
