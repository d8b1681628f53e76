/**
 * Reading `out=xml` replies the way PHP clients of mgr5 panels do (SimpleXML + XPath 1.0), so
 * a test can evaluate a billing module's own XPath expressions against the emulator verbatim.
 * Needs a DOM with XPath: the jsdom test environment.
 */

/**
 * An mgr5 `<doc><error type=… object=…><msg>…</msg></error></doc>` reply. Clients treat the
 * mere presence of `/doc/error` as failure (WHMCS `errorCheck`: `type:msg`), so this carries
 * the type, the object and the message for the failing step to say why.
 */
export class PanelError extends Error {
  constructor(
    readonly func: string,
    readonly type: string,
    readonly object: string,
    readonly msg: string,
  ) {
    super(`${func}: panel error ${type}(${object}): ${msg}`);
    this.name = "PanelError";
  }
}

/**
 * Parses one `out=xml` reply. Throws when it is not well-formed XML (a PHP client would see a
 * parse error too) and a {@link PanelError} when `/doc/error` exists; `func` names the call.
 */
export function parseXmlReply(text: string, func: string): XMLDocument {
  const doc = new DOMParser().parseFromString(text, "application/xml");
  if (doc.getElementsByTagName("parsererror").length > 0 || doc.documentElement.tagName !== "doc")
    throw new Error(`${func}: the reply is not an XML <doc>: ${text.slice(0, 200)}`);
  const error = xpath(doc, "/doc/error")[0];
  if (error instanceof Element) {
    throw new PanelError(
      func,
      error.getAttribute("type") ?? "",
      error.getAttribute("object") ?? "",
      xpathText(error, "msg") ?? "",
    );
  }
  return doc;
}

/** The nodes an XPath 1.0 expression selects from `context`, in document order. */
export function xpath(context: Node, expression: string): Node[] {
  const doc = context.ownerDocument ?? (context as Document);
  const result = doc.evaluate(
    expression,
    context,
    null,
    XPathResult.ORDERED_NODE_SNAPSHOT_TYPE,
    null,
  );
  const nodes: Node[] = [];
  for (let index = 0; index < result.snapshotLength; index += 1) {
    const node = result.snapshotItem(index);
    if (node) nodes.push(node);
  }
  return nodes;
}

/**
 * The text of the first selected node, as PHP's `(string)$nodes[0]` reads it; undefined when
 * nothing is selected (where PHP would read an empty string, a test wants to tell them apart).
 */
export function xpathText(context: Node, expression: string): string | undefined {
  const node = xpath(context, expression)[0];
  return node === undefined ? undefined : (node.textContent ?? "");
}

/** The text of every selected node, e.g. the ids of `//elem[…]/id`. */
export function xpathTexts(context: Node, expression: string): string[] {
  return xpath(context, expression).map((node) => node.textContent ?? "");
}
