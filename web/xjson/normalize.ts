/**
 * Reading the wire defensively (mgr5-protocol.md §3.3). Any value may be missing, `null`, a
 * scalar, an object or an array, nested to any depth, and named `__proto__`: these helpers
 * never throw, never recurse, and read only a node's own keys.
 */

import { dict } from "./dict";
import type { WireNode, WireValue } from "./wire";

/**
 * A collection as an array, whatever the server chose: absent, a bare object for one member,
 * or an array (mgr5-protocol.md §3.3). Every collection a parser reads goes through this;
 * `null` counts as absent.
 */
export function asArray(value: WireValue | undefined): WireValue[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The nodes of a collection, dropping members that are not objects (`null`, text, arrays). */
export function nodes(value: WireValue | undefined): WireNode[] {
  return asArray(value).filter(isNode);
}

/** Whether a wire value is an element (an object), not `null`, text or a collection. */
export function isNode(value: WireValue | undefined): value is WireNode {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A scalar as text: strings as they are; numbers and booleans, which only a proxy would send
 * for the wire's strings, as their text; anything else is no text.
 */
export function scalar(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

/**
 * An element's text: `"x"`, `{"$": "x"}`, or `{}` (empty) all read as a string; a collection
 * reads as its first member, found by a loop so no nesting depth can exhaust the stack.
 */
export function text(value: WireValue | undefined): string | undefined {
  let current = value;
  while (Array.isArray(current)) current = current[0];
  if (current === undefined || current === null) return undefined;
  if (isNode(current)) return scalar(current.$) ?? "";
  return scalar(current);
}

/** A node's own child by a name the document chose: `constructor` is not Object's. */
export function own(node: WireNode | undefined, name: string): WireValue | undefined {
  return node !== undefined && Object.hasOwn(node, name) ? node[name] : undefined;
}

/** An attribute (`$name`) of a node, when it is a scalar. */
export function attr(node: WireNode | undefined, name: string): string | undefined {
  return scalar(own(node, `$${name}`));
}

/** The first node of a child that should be unique (metadata, toolbar, error...). */
export function child(node: WireNode | undefined, name: string): WireNode | undefined {
  return nodes(own(node, name))[0];
}

/**
 * A message dictionary from `messages.msg`, tolerating the `{$name, $}` list form too. The
 * result has no prototype: a message named `constructor` is a message, an absent one undefined.
 */
export function messagesOf(doc: WireNode): Record<string, string> {
  const msg = child(doc, "messages")?.msg;
  const result = dict<string>();
  if (isNode(msg) && !Object.hasOwn(msg, "$name")) {
    for (const [key, value] of Object.entries(msg)) {
      const str = text(value);
      if (str !== undefined && !key.startsWith("$")) result[key] = str;
    }
    return result;
  }
  for (const item of nodes(msg)) {
    const name = attr(item, "name");
    if (name !== undefined) result[name] = text(item) ?? "";
  }
  return result;
}

/** `yes`, `on` and `true` are the wire's ways to say true. */
export function flag(value: string | undefined): boolean {
  return value === "yes" || value === "on" || value === "true";
}
