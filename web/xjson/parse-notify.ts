import type { Messages } from "./model";
import { attr, child, messagesOf, nodes, text } from "./normalize";
import type { WireNode } from "./wire";

/** A notification badge (§7.5). */
export interface NotifyItemModel {
  name: string;
  /** The badge: a count or a short text. */
  text: string;
  /** What the item is about (`hint_<name>`, else the name). */
  hint: string;
  /** The function it opens, as `type` (list or form). */
  action?: string;
  /**
   * The filter of the list it counts, when the panel gives one after the function in `action`
   * (`server&status=problem`, emulator README): the badge then opens just those objects.
   */
  filter?: Record<string, string>;
}

/** `action` as a function and the filter values after it (`func=` in front is allowed). */
function actionOf(action: string | undefined): Pick<NotifyItemModel, "action" | "filter"> {
  if (!action) return {};
  const [func = "", ...rest] = action.replace(/^func=/, "").split("&");
  if (func === "") return {};
  const filter = Object.fromEntries(new URLSearchParams(rest.join("&")));
  return Object.keys(filter).length > 0 ? { action: func, filter } : { action: func };
}

/** `func=notify`: the badges and when to ask again. */
export interface NotifyModel {
  items: NotifyItemModel[];
  /** Seconds until the panel wants to be asked again. */
  timeoutSec: number;
}

function hintOf(name: string, messages: Messages): string {
  return messages[`hint_${name}`] ?? messages[name] ?? name;
}

/**
 * `func=notify` (mgr5-protocol.md §7.5): badge items and the poll interval. Items that only set
 * the window title or play a sound are left out; they need no badge.
 */
export function parseNotify(doc: WireNode): NotifyModel {
  const messages = messagesOf(doc);
  const items = nodes(child(doc, "notify")?.item)
    .filter((item) => attr(item, "title") !== "yes" && attr(item, "sound") !== "yes")
    .map((item) => {
      const name = attr(item, "name") ?? "";
      return {
        name,
        text: text(item.msg) ?? text(item.value) ?? "",
        hint: messages[name] ?? hintOf(name, messages),
        ...actionOf(attr(item, "action")),
      };
    })
    .filter((item) => item.name !== "" && item.text !== "");
  const timeout = Number(text(doc.timeout));
  return { items, timeoutSec: Number.isFinite(timeout) && timeout >= 10 ? timeout : 60 };
}
