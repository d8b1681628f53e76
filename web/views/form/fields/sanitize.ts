import type DOMPurify from "dompurify";

type Purify = typeof DOMPurify;

let purify: Purify | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads DOMPurify once. It is its own chunk: only pages that carry the panel's HTML need it, so
 * the first screen of the app does not.
 */
export function loadSanitizer(): Promise<void> {
  loading ??= import("dompurify").then(({ default: loaded }) => {
    loaded.addHook("afterSanitizeAttributes", (node) => {
      if (node.tagName === "A" && node.hasAttribute("href")) {
        node.setAttribute("target", "_blank");
        node.setAttribute("rel", "noopener noreferrer");
      }
    });
    purify = loaded;
  });
  return loading;
}

/**
 * HTML from the panel, made safe to draw (architecture principle 7): no script, no event
 * handler, no `javascript:` address, no forms or frames; links open in a new tab without access
 * to this one. Undefined until the sanitizer is loaded (`loadSanitizer`): nothing unsanitized is
 * ever drawn meanwhile.
 */
export function sanitizeHtml(html: string): string | undefined {
  if (!purify) return undefined;
  return purify.sanitize(html, {
    FORBID_TAGS: [
      "style",
      "form",
      "input",
      "button",
      "textarea",
      "select",
      "iframe",
      "object",
      "embed",
    ],
    FORBID_ATTR: ["style"],
  });
}
