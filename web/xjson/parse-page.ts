import type { PageModel } from "./model";
import { pageType, parseAtHand } from "./page-type";
import { parseDashboard } from "./parse-dashboard";
import { parseForm } from "./parse-form";
import { parseReport } from "./parse-report";
import type { WireNode } from "./wire";

export { docOf, MalformedDocumentError } from "./doc-of";

/**
 * Chooses the model by `metadata.$type` (§4), at once: for tests and tools. The app reads pages
 * with `loadPage` (load-page.ts), which gives the same models but loads the parsers of forms,
 * reports and dashboards only when such a page comes; a module of the app that imported this one
 * would put every parser into the first chunk after signing in.
 */
export function parsePage(doc: WireNode): PageModel {
  const type = pageType(doc);
  switch (type) {
    case "form":
      return parseForm(doc);
    case "report":
      return parseReport(doc);
    case "dashboard":
      return parseDashboard(doc);
    default:
      return parseAtHand(doc, type);
  }
}
