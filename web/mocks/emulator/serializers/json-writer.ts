import type { XNode } from "../tree";
import { describes, isArray, messagesToJson, toJsonObject, type Policy } from "./json-shape";

/**
 * Writes the json mapping of a node as text, byte for byte what `JSON.stringify` makes of
 * `toJsonObject`, without building those objects first: a 10,000-row page is about 250,000 of
 * them. Each node's text is joined flat before its parent takes it, so the pieces die young.
 * A node whose keys an object would reorder or drop (a child named like an array index or
 * `__proto__`, or like an attribute's `$` key) is written from its object instead.
 */

// What JSON.stringify escapes in a string: quotes, backslashes, controls and lone surrogates.
// eslint-disable-next-line no-control-regex -- the control characters are what JSON escapes
const needsEscape = /["\\\u0000-\u001f\ud800-\udfff]/;

function quote(text: string): string {
  return needsEscape.test(text) ? JSON.stringify(text) : `"${text}"`;
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

/** The value of one member: a leaf straight away, `messages` as its dictionary. */
function writeMember(member: XNode, inDescription: boolean, policy: Policy, node: XNode): string {
  if (member.name === "messages") return JSON.stringify(messagesToJson(member));
  const children = member.children;
  if (children.length > 0 || hasAttrs(member))
    return writeNode(member, children, inDescription, policy, node.name);
  const text = member.text;
  return text !== undefined && text !== "" ? `{"$":${quote(text)}}` : "{}";
}

/** `"name":value` of the node's children called `name`: `first` alone, or all of `group`. */
function writeGroup(
  node: XNode,
  first: XNode,
  group: readonly XNode[] | null,
  inDescription: boolean,
  policy: Policy,
  parent: string,
): string {
  const name = first.name;
  const childInDescription = describes(inDescription, name);
  let value: string;
  if (isArray(node, name, group?.length ?? 1, inDescription, policy, parent)) {
    const values: string[] = [];
    for (const member of group ?? [first])
      values.push(writeMember(member, childInDescription, policy, node));
    value = `[${values.join(",")}]`;
  } else value = writeMember(first, childInDescription, policy, node);
  return `${quote(name)}:${value}`;
}

/** `parent` is the name of the node's parent ("" for the document). */
export function writeJson(
  node: XNode,
  inDescription: boolean,
  policy: Policy,
  parent = "",
): string {
  return writeNode(node, node.children, inDescription, policy, parent);
}

/** `writeJson` with the node's children read once (a list's rows build them when read). */
function writeNode(
  node: XNode,
  children: readonly XNode[],
  inDescription: boolean,
  policy: Policy,
  parent: string,
): string {
  const text = node.text;
  if (!keysSafe(node, children))
    return JSON.stringify(toJsonObject(node, inDescription, policy, parent ? [parent] : []));
  const parts: string[] = [];
  for (const key of Object.keys(node.attrs))
    parts.push(`${quote(`$${key}`)}:${quote(node.attrs[key] ?? "")}`);
  if (text !== undefined && text !== "") parts.push(`"$":${quote(text)}`);
  if (!policy.sjson && distinctNames(children))
    for (const child of children)
      parts.push(writeGroup(node, child, null, inDescription, policy, parent));
  else {
    const groups = groupsOf(children);
    // A real sjson reply lists a node's children by name; json keeps document order (§3.1).
    const names = policy.sjson ? [...groups.keys()].sort() : [...groups.keys()];
    for (const name of names) {
      const group = groups.get(name) ?? [];
      if (group[0]) parts.push(writeGroup(node, group[0], group, inDescription, policy, parent));
    }
  }
  return `{${parts.join(",")}}`;
}
