import type { DesktopModel, MenuItemModel, Messages } from "./model";
import { attr, child, messagesOf, nodes } from "./normalize";
import type { WireNode } from "./wire";

function title(name: string, messages: Messages): string {
  return messages[name] ?? messages[`menu_${name}`] ?? name;
}

/**
 * `func=desktop` (mgr5-protocol.md §7.3): the main menu groups and items, the start page and the
 * user. An item without an action is dropped; a top-level item without a group stands alone.
 */
export function parseDesktop(doc: WireNode): DesktopModel {
  const messages = messagesOf(doc);
  const mainmenu = child(doc, "mainmenu");
  const item = (node: WireNode): MenuItemModel | undefined => {
    const name = attr(node, "name") ?? "";
    const action = attr(node, "action") ?? "";
    return action === ""
      ? undefined
      : { name, title: title(name, messages), action, type: attr(node, "type") ?? "list" };
  };
  const groups = nodes(mainmenu?.node).map((node) => {
    const name = attr(node, "name") ?? "";
    const children = nodes(node.node);
    const items = children.length > 0 ? children.map(item) : [item(node)];
    return {
      name,
      title: title(name, messages),
      items: items.filter((entry) => entry !== undefined),
    };
  });
  const user = child(doc, "user");
  const level = Number(attr(user, "level"));
  return {
    startpage: attr(mainmenu, "startpage") || undefined,
    groups: groups.filter((group) => group.items.length > 0),
    username: attr(user, "name"),
    level: Number.isFinite(level) ? level : undefined,
  };
}
