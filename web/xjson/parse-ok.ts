import { dict, dictOf } from "./dict";
import type { OkModel } from "./model";
import { child, isNode, own, text } from "./normalize";
import type { WireNode } from "./wire";

/** `doc.ok` with its text and the keys of created objects, or undefined when the reply is no ok. */
export function parseOk(doc: WireNode): OkModel | undefined {
  const ok = child(doc, "ok");
  if (!ok) return undefined;
  const created = dict<string>();
  for (const name of ["id", "ip"]) {
    const value = own(doc, name);
    if (typeof value === "string" || isNode(value)) created[name] = text(value) ?? "";
  }
  const okText = text(ok);
  return { kind: "ok", text: okText || undefined, created };
}

/**
 * A follow-up that is a panel function (`func=x&elid=y`), as opposed to a URL or a keyword.
 * The parameters are a prototype-free map: the panel names them.
 */
export function followUpParams(okText: string | undefined): Record<string, string> | undefined {
  if (!okText?.startsWith("func=")) return undefined;
  return dictOf(new URLSearchParams(okText));
}
