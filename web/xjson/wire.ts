/**
 * The wire format of `out=xjson` (mgr5-protocol.md §3): attributes as `$name`, text as `$`,
 * children by element name, a repeated child as an array. The protocol sends every scalar as a
 * string, but these types say what JSON.parse can hand over (a proxy or a broken panel may send
 * `null`, numbers or booleans, any shape in any place, any depth), so parsers read them
 * defensively through normalize.ts.
 */
export type WireScalar = string;

/** An element on the wire: attributes as `$name`, text as `$`, children by name. */
export interface WireNode {
  $?: WireValue;
  [key: string]: WireValue | undefined;
}

/** Anything a wire field may hold: what the protocol sends, and what JSON allows besides. */
export type WireValue = WireScalar | WireNode | WireValue[] | number | boolean | null;

/** `{"doc": {...}}`: every reply's envelope. */
export interface WireReply {
  doc: WireNode;
}

/** `messages.msg` is a dictionary of strings in json and xjson (§3.1). */
export interface WireMessages {
  $name?: string;
  msg?: Record<string, string> | WireValue;
}
