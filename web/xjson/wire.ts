/**
 * The wire format of `out=xjson` (mgr5-protocol.md §3): attributes as `$name`, text as `$`,
 * children by element name, a repeated child as an array. Every scalar is a string. Anything
 * may be missing or shaped unexpectedly, so parsers read these types defensively.
 */
export type WireScalar = string;

/** An element on the wire: attributes as `$name`, text as `$`, children by name. */
export interface WireNode {
  $?: WireScalar;
  [key: string]: WireValue | undefined;
}

/** Anything a wire field may hold; parsers read it defensively. */
export type WireValue = WireScalar | WireNode | WireValue[];

/** `{"doc": {...}}`: every reply's envelope. */
export interface WireReply {
  doc: WireNode;
}

/** `messages.msg` is a dictionary of strings in json and xjson (§3.1). */
export interface WireMessages {
  $name?: string;
  msg?: Record<string, string> | WireValue;
}
