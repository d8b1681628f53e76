import type { AuthModel } from "./model";
import { attr, child, text } from "./normalize";
import type { WireNode } from "./wire";

/** `doc.auth`: the session id is `$id`, with the text as a fallback (Q3). */
export function parseAuth(doc: WireNode): AuthModel | undefined {
  const auth = child(doc, "auth");
  if (!auth) return undefined;
  const sessionId = attr(auth, "id") ?? text(auth) ?? "";
  if (sessionId === "") return undefined;
  const level = Number(attr(auth, "level") ?? "0");
  return { sessionId, level: Number.isFinite(level) ? level : 0 };
}
