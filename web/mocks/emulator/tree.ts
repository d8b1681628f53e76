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

/** A cell of a row: plain text, or text with attributes such as `orig`. */
export type Cell = string | { text: string; attrs: Record<string, string> };

/**
 * A cell without attributes shares these (a 10,000-row page has 230,000 cells). Frozen: nothing
 * may add to a row's cells once built.
 */
const noAttrs = Object.freeze({}) as Record<string, string>;
const noChildren = Object.freeze([]) as unknown as XNode[];

/**
 * An element without attributes or text whose children are text elements made from a record of
 * cells (a list row): the defined cells named in `shows`, in the record's order. The children
 * are built each time they are read, so a long page's cells live only while their row is
 * written; the json writer reads `cells()` instead and builds no nodes at all. `children` is a
 * getter on the prototype: a spread copy (`{...row}`) has none.
 */
export abstract class CellsNode implements XNode {
  name: string;
  readonly attrs: Record<string, string> = noAttrs;
  readonly shows: ReadonlySet<string>;

  constructor(name: string, shows: ReadonlySet<string>) {
    this.name = name;
    this.shows = shows;
  }

  abstract cells(): Record<string, Cell | undefined>;

  get children(): XNode[] {
    const cells = this.cells();
    const children: XNode[] = [];
    for (const name of Object.keys(cells)) {
      const cell = cells[name];
      if (cell === undefined || !this.shows.has(name)) continue;
      children.push(
        typeof cell === "string"
          ? { name, attrs: noAttrs, text: cell, children: noChildren }
          : el(name, cell.attrs, cell.text),
      );
    }
    return children;
  }
}
