import type { PageModel } from "./model";
import { attr, child, isNode } from "./normalize";
import { parseDashboard } from "./parse-dashboard";
import { parseForm } from "./parse-form";
import { parseList } from "./parse-list";
import { parseOk } from "./parse-ok";
import { parseReport } from "./parse-report";
import type { WireNode } from "./wire";

/** Thrown when a reply is not an mgr5 document at all. */
export class MalformedDocumentError extends Error {
  constructor(reason: string) {
    super(`Malformed document: ${reason}`);
    this.name = "MalformedDocumentError";
  }
}

/**
 * The `doc` of a reply body, or MalformedDocumentError when the body has no `doc` object: the
 * only error any parser throws, for what is not an mgr5 document at all. Unwraps `doc.doc`
 * (Q12) one level; whatever the doc holds is left to the parsers, which accept anything.
 */
export function docOf(body: unknown): WireNode {
  if (typeof body !== "object" || body === null || !Object.hasOwn(body, "doc"))
    throw new MalformedDocumentError("no doc");
  const doc = (body as { doc: unknown }).doc;
  if (typeof doc !== "object" || doc === null || Array.isArray(doc))
    throw new MalformedDocumentError("doc is not an object");
  const outer = doc as WireNode;
  const inner = outer.doc;
  if (!child(outer, "metadata") && isNode(inner)) {
    return {
      ...inner,
      messages: inner.messages ?? outer.messages,
      slist: inner.slist ?? outer.slist,
    };
  }
  return outer;
}

/** Chooses the model by `metadata.$type` (§4): the page kind decides the renderer. */
export function parsePage(doc: WireNode): PageModel {
  const type = attr(child(doc, "metadata"), "type") ?? "";
  switch (type) {
    case "list":
      return parseList(doc);
    case "form":
      return parseForm(doc);
    case "report":
      return parseReport(doc);
    case "dashboard":
      return parseDashboard(doc);
    default: {
      // An action answered where a page was expected: it says what to do next (§6.9).
      const ok = type === "" ? parseOk(doc) : undefined;
      if (ok) return { kind: "ok", func: attr(doc, "func") ?? "", ok };
      return { kind: "unsupported", func: attr(doc, "func") ?? "", type: type || "none" };
    }
  }
}
