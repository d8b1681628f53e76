import { child, isNode } from "./normalize";
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
