import type { BlockLinkModel, BlockModel, DashboardModel } from "./model";
import { attr, child, messagesOf, nodes } from "./normalize";
import type { WireNode } from "./wire";

const positions = new Set(["top", "left", "right"]);

/**
 * `func=dashboard` (mgr5-protocol.md §7.2): blocks by region. Blocks may sit in the document or
 * in its metadata; links name their target with `list`, `form` or `window`.
 */
export function parseDashboard(doc: WireNode): DashboardModel {
  const metadata = child(doc, "metadata");
  const messages = messagesOf(doc);
  const blockNodes = [...nodes(doc.block), ...nodes(metadata?.block)];
  const blocks: BlockModel[] = blockNodes.map((block) => {
    const name = attr(block, "name") ?? "";
    const type = attr(block, "type") ?? "list";
    const position = attr(block, "position") ?? "left";
    const rows = Number(attr(block, "rows"));
    const links: BlockLinkModel[] = nodes(block.toolbtn).flatMap((button) => {
      const buttonName = attr(button, "name") ?? "";
      const opens = (["list", "form", "window"] as const).find(
        (kind) => attr(button, kind) !== undefined,
      );
      const func = opens ? (attr(button, opens) ?? "") : "";
      return func === "" || !opens
        ? []
        : [
            {
              name: buttonName,
              title: messages[buttonName] ?? messages[`menu_${buttonName}`] ?? buttonName,
              func,
              opens,
            },
          ];
    });
    return {
      name,
      title: messages[name] ?? name,
      type,
      position: positions.has(position) ? (position as BlockModel["position"]) : "left",
      func: attr(block, "func"),
      rows: Number.isInteger(rows) && rows > 0 ? rows : undefined,
      links,
      columns: nodes(block.col)
        .map((col) => attr(col, "name") ?? "")
        .filter(Boolean),
    };
  });
  return {
    kind: "dashboard",
    func: attr(doc, "func") ?? "dashboard",
    title: messages.title ?? "",
    blocks,
  };
}
