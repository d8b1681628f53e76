import type { PageModel } from "./model";
import { attr, child } from "./normalize";
import { parseDashboard } from "./parse-dashboard";
import { parseForm } from "./parse-form";
import { parseList } from "./parse-list";
import { parseOk } from "./parse-ok";
import { parseReport } from "./parse-report";
import type { WireNode } from "./wire";

export { docOf, MalformedDocumentError } from "./doc-of";

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
