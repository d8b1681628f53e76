import { CellsNode, el, type XNode } from "../tree";
import { describes, isArray, messagesToJson, toJsonObject, type Policy } from "./json-shape";

/**
 * Writes the json mapping of a node as text, byte for byte what `JSON.stringify` makes of
 * `toJsonObject`, without building those objects first: a 10,000-row page is about 250,000 of
 * them. The text is pushed in pieces onto one array and joined once: pieces are mostly constants
 * and texts the state already holds, so a long page leaves the collector little to copy. A node
 * whose keys an object would reorder or drop (a child named like an array index or `__proto__`,
 * or like an attribute's `$` key) is written from its object instead.
 */

/** Whether JSON writes the text as it is between quotes: no quote, backslash, control or surrogate. */
function plainText(text: string): boolean {
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code < 0x20 || code === 0x22 || code === 0x5c || (code >= 0xd800 && code <= 0xdfff))
      return false;
  }
  return true;
}

/** The text as a JSON string, in pieces. */
function pushQuoted(out: string[], text: string): void {
  if (plainText(text)) out.push('"', text, '"');
  else out.push(JSON.stringify(text));
}

function quote(text: string): string {
  return plainText(text) ? `"${text}"` : JSON.stringify(text);
}

function hasAttrs(node: XNode): boolean {
  for (const key in node.attrs) if (Object.hasOwn(node.attrs, key)) return true;
  return false;
}

/** Whether an object would keep every key of the node, in the order written here. */
function keysSafe(node: XNode, children: readonly XNode[]): boolean {
  if (Object.hasOwn(node.attrs, "")) return false;
  for (const child of children) {
    const first = child.name.charCodeAt(0);
    if (first === 0x24 || (first >= 0x30 && first <= 0x39) || child.name === "__proto__")
      return false;
  }
  return true;
}

/** Child names seen while checking a node with many children; one node at a time. */
const seen = new Set<string>();

function distinctNames(children: readonly XNode[]): boolean {
  if (children.length > 32) {
    seen.clear();
    for (const child of children) seen.add(child.name);
    const distinct = seen.size === children.length;
    seen.clear();
    return distinct;
  }
  for (let at = 1; at < children.length; at += 1)
    for (let before = 0; before < at; before += 1)
      if (children[at]?.name === children[before]?.name) return false;
  return true;
}

/** The node's children by name, in the order their names first appear. */
function groupsOf(children: readonly XNode[]): Map<string, XNode[]> {
  const groups = new Map<string, XNode[]>();
  for (const child of children) {
    const group = groups.get(child.name);
    if (group) group.push(child);
    else groups.set(child.name, [child]);
  }
  return groups;
}

/** How a cell called `name` is written in the rows of one kind at one place. */
interface CellKey {
  /** Whether the row shows the cell (`CellsNode.shows`). */
  shown: boolean;
  /** `"name":{"$":"` and `,"name":{"$":"`, or `null` when an object would not keep the name. */
  open: readonly [string, string] | null;
  /** `"name":{}` and `,"name":{}`: an empty text. */
  empty: readonly [string, string];
  /** `"}` or `"}]`. */
  close: string;
  /** Whether the cell is an array of one. */
  array: boolean;
}

// The cell keys of the last rows written: rows with the same name, shown cells, parent and
// place in or out of the description (a page's rows all have them).
let keysShows: ReadonlySet<string> | null = null;
let keysRow = "";
let keysParent = "";
let keysInDescription = false;
let cellKeys = new Map<string, CellKey>();

function keysOf(row: CellsNode, inDescription: boolean, parent: string): Map<string, CellKey> {
  if (
    row.shows !== keysShows ||
    row.name !== keysRow ||
    parent !== keysParent ||
    inDescription !== keysInDescription
  ) {
    keysShows = row.shows;
    keysRow = row.name;
    keysParent = parent;
    keysInDescription = inDescription;
    cellKeys = new Map();
  }
  return cellKeys;
}

function cellKey(row: CellsNode, name: string, inDescription: boolean, parent: string): CellKey {
  const first = name.charCodeAt(0);
  const kept = !(
    first === 0x24 ||
    (first >= 0x30 && first <= 0x39) ||
    name === "__proto__" ||
    name === "messages"
  );
  const array = isArray(row, name, 1, inDescription, { sjson: false }, parent);
  const quoted = quote(name);
  const open = `${quoted}:${array ? "[" : ""}{"$":"`;
  const empty = `${quoted}:${array ? "[{}]" : "{}"}`;
  return {
    shown: row.shows.has(name),
    open: kept ? [open, `,${open}`] : null,
    empty: [empty, `,${empty}`],
    close: array ? '"}]' : '"}',
    array,
  };
}

/**
 * A row of cells (`CellsNode`) written from its record, without a node per cell: what
 * `writeNode` makes of its children. False, with nothing written, when a cell's name needs the
 * general path (sjson's name order, a name an object would reorder or drop, `messages`). The row
 * has no attributes or text; its cells' names are distinct, being a record's keys. Its pieces
 * are constants and the cells' texts.
 */
function writeCells(
  out: string[],
  row: CellsNode,
  inDescription: boolean,
  policy: Policy,
  parent: string,
): boolean {
  if (policy.sjson) return false;
  const keys = keysOf(row, inDescription, parent);
  const cells = row.cells();
  const pieces = out;
  const start = out.length;
  pieces.push("{");
  let next: 0 | 1 = 0;
  for (const name of Object.keys(cells)) {
    const cell = cells[name];
    if (cell === undefined) continue;
    let key = keys.get(name);
    if (key === undefined) {
      key = cellKey(row, name, inDescription, parent);
      keys.set(name, key);
    }
    if (!key.shown) continue;
    if (key.open === null) {
      pieces.length = start;
      return false;
    }
    if (cell === "") pieces.push(key.empty[next]);
    else if (typeof cell === "string") {
      pieces.push(key.open[next]);
      pieces.push(plainText(cell) ? cell : JSON.stringify(cell).slice(1, -1));
      pieces.push(key.close);
    } else {
      if (next === 1) pieces.push(",");
      pieces.push(quote(name), key.array ? ":[" : ":");
      const node = el(name, cell.attrs, cell.text);
      writeMember(pieces, node, describes(inDescription, name), policy, row);
      if (key.array) pieces.push("]");
    }
    next = 1;
  }
  pieces.push("}");
  return true;
}

/** The value of one member: a leaf straight away, `messages` as its dictionary. */
function writeMember(
  out: string[],
  member: XNode,
  inDescription: boolean,
  policy: Policy,
  node: XNode,
): void {
  if (member.name === "messages") {
    out.push(JSON.stringify(messagesToJson(member)));
    return;
  }
  if (member instanceof CellsNode && writeCells(out, member, inDescription, policy, node.name))
    return;
  const children = member.children;
  if (children.length > 0 || hasAttrs(member))
    writeNode(out, member, children, inDescription, policy, node.name);
  else {
    const text = member.text;
    if (text !== undefined && text !== "") {
      out.push('{"$":');
      pushQuoted(out, text);
      out.push("}");
    } else out.push("{}");
  }
}

const batchPieces = 2048;

/** `"name":value` of the node's children called `name`: `first` alone, or all of `group`. */
function writeGroup(
  out: string[],
  node: XNode,
  first: XNode,
  group: readonly XNode[] | null,
  inDescription: boolean,
  policy: Policy,
  parent: string,
): void {
  const name = first.name;
  const childInDescription = describes(inDescription, name);
  pushQuoted(out, name);
  out.push(":");
  if (isArray(node, name, group?.length ?? 1, inDescription, policy, parent)) {
    out.push("[");
    if (group === null) writeMember(out, first, childInDescription, policy, node);
    else {
      // A long group (a page's rows) is joined in batches: measured, cheaper than a string per
      // member or one array of all their pieces.
      const batch: string[] = [];
      for (const member of group) {
        if (batch.length > 0) batch.push(",");
        writeMember(batch, member, childInDescription, policy, node);
        if (batch.length >= batchPieces) {
          out.push(batch.join(""));
          batch.length = 0;
          batch.push("");
        }
      }
      out.push(batch.join(""));
    }
    out.push("]");
  } else writeMember(out, first, childInDescription, policy, node);
}

/** `parent` is the name of the node's parent ("" for the document). */
export function writeJson(
  node: XNode,
  inDescription: boolean,
  policy: Policy,
  parent = "",
): string {
  const out: string[] = [];
  if (!(node instanceof CellsNode && writeCells(out, node, inDescription, policy, parent)))
    writeNode(out, node, node.children, inDescription, policy, parent);
  return out.join("");
}

/** `writeJson` with the node's children read once (a list's rows build them when read). */
function writeNode(
  out: string[],
  node: XNode,
  children: readonly XNode[],
  inDescription: boolean,
  policy: Policy,
  parent: string,
): void {
  const text = node.text;
  if (!keysSafe(node, children)) {
    out.push(JSON.stringify(toJsonObject(node, inDescription, policy, parent ? [parent] : [])));
    return;
  }
  out.push("{");
  let comma = false;
  for (const key of Object.keys(node.attrs)) {
    if (comma) out.push(",");
    comma = true;
    pushQuoted(out, `$${key}`);
    out.push(":");
    pushQuoted(out, node.attrs[key] ?? "");
  }
  if (text !== undefined && text !== "") {
    if (comma) out.push(",");
    comma = true;
    out.push('"$":');
    pushQuoted(out, text);
  }
  if (!policy.sjson && distinctNames(children))
    for (const child of children) {
      if (comma) out.push(",");
      comma = true;
      writeGroup(out, node, child, null, inDescription, policy, parent);
    }
  else {
    const groups = groupsOf(children);
    // A real sjson reply lists a node's children by name; json keeps document order (§3.1).
    const names = policy.sjson ? [...groups.keys()].sort() : [...groups.keys()];
    for (const name of names) {
      const group = groups.get(name) ?? [];
      if (!group[0]) continue;
      if (comma) out.push(",");
      comma = true;
      writeGroup(out, node, group[0], group, inDescription, policy, parent);
    }
  }
  out.push("}");
}
