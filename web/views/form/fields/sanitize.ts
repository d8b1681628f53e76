import DOMPurify from "dompurify";

let hooked = false;

/**
 * HTML from the panel, made safe to draw (architecture principle 7): no script, no event
 * handler, no `javascript:` address, no forms or frames; links open in a new tab without access
 * to this one.
 */
export function sanitizeHtml(html: string): string {
  if (!hooked) {
    DOMPurify.addHook("afterSanitizeAttributes", (node) => {
      if (node.tagName === "A" && node.hasAttribute("href")) {
        node.setAttribute("target", "_blank");
        node.setAttribute("rel", "noopener noreferrer");
      }
    });
    hooked = true;
  }
  return DOMPurify.sanitize(html, {
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
