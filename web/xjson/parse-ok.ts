import type { OkModel } from "./model";
import { child, isNode, text } from "./normalize";
import type { WireNode } from "./wire";

/** `doc.ok` with its text and the keys of created objects, or undefined when the reply is no ok. */
export function parseOk(doc: WireNode): OkModel | undefined {
  const ok = child(doc, "ok");
  if (!ok) return undefined;
  const created: Record<string, string> = {};
  for (const name of ["id", "ip"]) {
    const value = doc[name];
    if (value !== undefined && (typeof value === "string" || isNode(value)))
      created[name] = text(value) ?? "";
  }
  const okText = text(ok);
  return { kind: "ok", text: okText || undefined, created };
}

/** A follow-up that is a panel function (`func=x&elid=y`), as opposed to a URL or a keyword. */
export function followUpParams(okText: string | undefined): Record<string, string> | undefined {
  if (!okText?.startsWith("func=")) return undefined;
  return Object.fromEntries(new URLSearchParams(okText));
}
