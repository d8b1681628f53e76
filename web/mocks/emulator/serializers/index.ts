import { childNamed, type XNode } from "../tree";
import { toJson, toJsonData, toSjson } from "./json";
import { toCsv, toPrint, toText } from "./text";
import { toXml } from "./xml";

export const outputFormats = [
  "xml",
  "devel",
  "json",
  "xjson",
  "sjson",
  "JSONdata",
  "text",
  "print",
  "csv",
] as const;
export type OutputFormat = (typeof outputFormats)[number];

export function isOutputFormat(value: string): value is OutputFormat {
  return (outputFormats as readonly string[]).includes(value);
}

export interface Serialized {
  body: string;
  contentType: string;
}

/** `out=xml` is data only (mgr5-protocol.md §1.3): the interface description is dropped. */
function withoutDescription(doc: XNode): XNode {
  return {
    ...doc,
    children: doc.children.filter(
      (child) => child.name !== "metadata" && child.name !== "messages",
    ),
  };
}

function isList(doc: XNode): boolean {
  return childNamed(doc, "metadata")?.attrs.type === "list";
}

export function serialize(doc: XNode, out: OutputFormat, lang: string): Serialized {
  switch (out) {
    case "xml":
      return { body: toXml(withoutDescription(doc)), contentType: "text/xml; charset=UTF-8" };
    case "devel":
      return { body: toXml(doc), contentType: "text/xml; charset=UTF-8" };
    case "json":
    case "xjson":
      return { body: toJson(doc), contentType: "application/json; charset=UTF-8" };
    case "sjson":
      return { body: toSjson(doc), contentType: "application/json; charset=UTF-8" };
    case "JSONdata":
      return { body: toJsonData(doc), contentType: "application/json; charset=UTF-8" };
    case "text":
      return { body: toText(doc), contentType: "text/plain; charset=UTF-8" };
    case "csv":
      return isList(doc)
        ? { body: toCsv(doc), contentType: "text/csv; charset=UTF-8" }
        : { body: toText(doc), contentType: "text/plain; charset=UTF-8" };
    case "print":
      return isList(doc)
        ? { body: toPrint(doc, lang), contentType: "text/html; charset=UTF-8" }
        : { body: toXml(doc), contentType: "text/xml; charset=UTF-8" };
  }
}
