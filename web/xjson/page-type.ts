import type { PageModel } from "./model";
import { attr, child } from "./normalize";
import { parseList } from "./parse-list";
import { parseOk } from "./parse-ok";
import type { WireNode } from "./wire";

/**
 * The page kinds whose parsers the app loads only when a page of the kind comes (`loadPage`):
 * forms, reports and dashboards need the field parsers, which a list never does.
 */
export type ParsedLaterKind = "form" | "report" | "dashboard";

/**
 * A document's page kind, `metadata.$type` (§4), which decides its parser and its renderer; ""
 * when it names none (an `ok` answered where a page was expected).
 */
export function pageType(doc: WireNode): string {
  return attr(child(doc, "metadata"), "type") ?? "";
}

/** Whether a page kind's parser is loaded only when needed (the kind comes from the panel). */
export function parsedLater(type: string | undefined): type is ParsedLaterKind {
  return type === "form" || type === "report" || type === "dashboard";
}

/**
 * The model of a document whose parser is always at hand: a list (the usual first page, so its
 * parser is in the first chunk), an `ok` (an action answered where a page was expected: it says
 * what to do next, §6.9), or a kind this console does not draw, a visible placeholder.
 */
export function parseAtHand(doc: WireNode, type: string): PageModel {
  if (type === "list") return parseList(doc);
  const ok = type === "" ? parseOk(doc) : undefined;
  if (ok) return { kind: "ok", func: attr(doc, "func") ?? "", ok };
  return { kind: "unsupported", func: attr(doc, "func") ?? "", type: type || "none" };
}
