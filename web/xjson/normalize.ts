import type { WireNode, WireValue } from "./wire";

/**
 * A collection as an array, whatever the server chose: absent, a bare object for one member,
 * or an array (mgr5-protocol.md §3.3). Every collection a parser reads goes through this.
 */
export function asArray(value: WireValue | undefined): WireValue[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The nodes of a collection, dropping members that are not objects. */
export function nodes(value: WireValue | undefined): WireNode[] {
  return asArray(value).filter(isNode);
}

/** Whether a wire value is an element (an object), not text or a collection. */
export function isNode(value: WireValue | undefined): value is WireNode {
  return typeof value === "object" && !Array.isArray(value);
}

/** An element's text: `"x"`, `{"$": "x"}`, or `{}` (empty) all read as a string. */
export function text(value: WireValue | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return text(value[0]);
  return typeof value.$ === "string" ? value.$ : "";
}

/** An attribute (`$name`) of a node, when it is a string. */
export function attr(node: WireNode | undefined, name: string): string | undefined {
  const value = node?.[`$${name}`];
  return typeof value === "string" ? value : undefined;
}

/** The first node of a child that should be unique (metadata, toolbar, error...). */
export function child(node: WireNode | undefined, name: string): WireNode | undefined {
  return nodes(node?.[name])[0];
}

/** A message dictionary from `messages.msg`, tolerating the `{$name, $}` list form too. */
export function messagesOf(doc: WireNode): Record<string, string> {
  const msg = child(doc, "messages")?.msg;
  if (msg === undefined) return {};
  if (isNode(msg) && !("$name" in msg)) {
    const result: Record<string, string> = {};
    for (const [key, value] of Object.entries(msg)) {
      const str = text(value);
      if (str !== undefined && !key.startsWith("$")) result[key] = str;
    }
    return result;
  }
  const result: Record<string, string> = {};
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
