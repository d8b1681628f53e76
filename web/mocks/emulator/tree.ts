/**
 * The emulator's internal document: an XML-like tree that every `out=` serializer reads.
 * Functions build one tree; the serializers decide how it looks on the wire.
 */
export interface XNode {
  name: string;
  attrs: Record<string, string>;
  text?: string;
  children: XNode[];
}

export type Child = XNode | string | number | null | undefined | false;

/** Builds an element. A string or number child becomes the element's text. */
export function el(
  name: string,
  attrs: Record<string, string | undefined> = {},
  ...children: Child[]
): XNode {
  const node: XNode = { name, attrs: {}, children: [] };
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== undefined) node.attrs[key] = value;
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (typeof child === "string" || typeof child === "number")
      node.text = (node.text ?? "") + String(child);
    else node.children.push(child);
  }
  return node;
}

/** A text-only element: `<name>value</name>`. */
export function leaf(name: string, value: string | number): XNode {
  return el(name, {}, String(value));
}

export function childNamed(node: XNode, name: string): XNode | undefined {
  return node.children.find((child) => child.name === name);
}

/** `<messages name=".."><msg name="k">v</msg>...</messages>` from a dictionary. */
export function messagesNode(name: string, messages: Record<string, string>): XNode {
  return el(
    "messages",
    { name },
    ...Object.entries(messages).map(([key, value]) => el("msg", { name: key }, value)),
  );
}
