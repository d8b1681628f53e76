import { dictOf } from "./dict";
import type { AttachmentModel, TicketMessageModel, TreeNodeModel } from "./form-model";
import type { CellModel } from "./model";
import { attr, child, nodes, own, scalar, text } from "./normalize";
import type { WireNode } from "./wire";

/** Trees deeper than this are cut: a panel's category tree is a few levels, garbage may be 10,000. */
const maxTreeDepth = 16;

/** Rows of an embedded list: `doc.list[@name=name].elem[]`, each a map of cells. */
export function embeddedRows(doc: WireNode, name: string): Record<string, CellModel>[] {
  const list = nodes(doc.list).find((candidate) => attr(candidate, "name") === name);
  return nodes(list?.elem).map((elem) =>
    dictOf(
      Object.entries(elem)
        .filter(([key]) => !key.startsWith("$"))
        .map(([key, value]) => [key, { text: text(value) ?? "", attrs: dictOf([]) }] as const),
    ),
  );
}

/** The nodes of a `tree` control, nested as sent; a node with `selectable="no"` only groups. */
export function treeNodes(value: WireNode | undefined, depth = 0): TreeNodeModel[] {
  if (depth >= maxTreeDepth) return [];
  return nodes(value?.node).map((node) => {
    const key = attr(node, "key") ?? attr(node, "name") ?? "";
    return {
      key,
      label: attr(node, "label") ?? scalar(node.$) ?? text(child(node, "name")) ?? key,
      selectable: attr(node, "selectable") !== "no",
      children: treeNodes(node, depth + 1),
    };
  });
}

/** A named data element of the document: `doc.<kind>[@name=name]`, or `doc.<name>` itself. */
export function namedData(doc: WireNode, kind: string, name: string): WireNode | undefined {
  return nodes(own(doc, kind)).find((item) => attr(item, "name") === name) ?? child(doc, name);
}

/** The first of several places a value may be: an attribute or a child element's text. */
function firstText(node: WireNode, names: string[]): string | undefined {
  for (const name of names) {
    const value = attr(node, name) ?? text(child(node, name));
    if (value !== undefined) return value;
  }
  return undefined;
}

function attachments(message: WireNode): AttachmentModel[] {
  return nodes(message.file ?? message.attachment).map((file) => ({
    name: firstText(file, ["name"]) ?? text(file) ?? "",
    url: firstText(file, ["url", "href"]),
    size: firstText(file, ["size"]),
  }));
}

/** A ticket thread: `doc.mlist[@name]` (BILLmanager's shape), `doc.<name>`, or the control itself. */
export function ticketMessages(
  doc: WireNode,
  name: string,
  control: WireNode,
): TicketMessageModel[] {
  const holder = namedData(doc, "mlist", name) ?? control;
  return nodes(holder.message ?? child(holder, "mlist")?.message).map((message) => {
    const type = attr(message, "type") ?? "";
    const user = child(message, "user");
    return {
      direction: type.startsWith("out") ? "outgoing" : "incoming",
      author:
        (user && firstText(user, ["realname", "name"])) ??
        firstText(message, ["user", "author"]) ??
        "",
      date: firstText(message, ["date_post", "date"]) ?? "",
      text: firstText(message, ["body", "text"]) ?? text(message) ?? "",
      attachments: attachments(message),
    };
  });
}
