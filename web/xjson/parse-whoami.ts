import { attr, child, text } from "./normalize";
import type { WireNode } from "./wire";

/**
 * The signed-in user's name from `func=whoami` (`doc.user`, mgr5-protocol.md §2.2): a key login
 * without `username` learns whom it signed in this way. Undefined when the panel does not say.
 */
export function parseWhoamiName(doc: WireNode): string | undefined {
  const user = child(doc, "user");
  const name = attr(user, "name") ?? attr(user, "login") ?? text(child(user, "name"));
  return name && name.trim() !== "" ? name : undefined;
}

/** The signed-in user's level from `func=whoami` (`doc.user@level`); undefined when absent. */
export function parseWhoamiLevel(doc: WireNode): number | undefined {
  const level = Number(attr(child(doc, "user"), "level"));
  return Number.isInteger(level) && level > 0 ? level : undefined;
}
