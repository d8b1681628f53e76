import { lookup } from "./dict";
import type { BlockLinkModel, BlockModel, BlockType, DashboardModel, Messages } from "./model";
import { attr, child, messagesOf, nodes } from "./normalize";
import type { WireNode } from "./wire";

const positions = new Set(["top", "left", "right"]);
const blockTypes = new Set<BlockType>(["toolbar", "taskbar", "list", "report", "url"]);

/** A base no real address has: what a relative address resolves against to tell it apart. */
const probeOrigin = "https://same-origin.invalid";

/**
 * The address a `url` block may embed (mgr5-protocol.md §7.2), or undefined when it must not be.
 * A path of the console's own origin (`/dcimgr?func=...`, `stat.html`) is kept as a path; an
 * absolute address only when it is http(s). `javascript:`, `data:`, `//elsewhere` and paths a
 * browser would read as another host (`/\elsewhere`) are refused. The URL parser decides, as
 * the browser's would, and its normalized text is what is kept.
 */
export function embeddableUrl(address: string): string | undefined {
  const raw = address.trim();
  if (raw === "") return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw, `${probeOrigin}/`);
  } catch {
    return undefined;
  }
  if (parsed.origin === probeOrigin) {
    // Relative only when it had no scheme of its own: "https://same-origin.invalid/x" is not.
    if (/^[a-z][a-z\d+.-]*:/i.test(raw)) return undefined;
    return `${parsed.pathname}${parsed.search}${parsed.hash}`;
  }
  if (!/^[a-z][a-z\d+.-]*:/i.test(raw)) return undefined;
  return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : undefined;
}

function linksOf(block: WireNode, messages: Messages): BlockLinkModel[] {
  return nodes(block.toolbtn).flatMap((button) => {
    const name = attr(button, "name") ?? "";
    const opens = (["list", "form", "window"] as const).find(
      (kind) => attr(button, kind) !== undefined,
    );
    const func = opens ? (attr(button, opens) ?? "") : "";
    if (func === "" || !opens) return [];
    const title = lookup(messages, name) ?? lookup(messages, `menu_${name}`) ?? name;
    return [{ name, title, func, opens }];
  });
}

function blockOf(block: WireNode, messages: Messages): BlockModel {
  const name = attr(block, "name") ?? "";
  const declared = attr(block, "type") ?? "list";
  const type = blockTypes.has(declared as BlockType) ? (declared as BlockType) : "unsupported";
  const position = attr(block, "position") ?? "left";
  const rows = Number(attr(block, "rows"));
  const func = attr(block, "func");
  return {
    name,
    title: lookup(messages, name) ?? name,
    type,
    declared: type === "unsupported" ? declared : undefined,
    position: positions.has(position) ? (position as BlockModel["position"]) : "left",
    func,
    rows: Number.isInteger(rows) && rows > 0 ? rows : undefined,
    links: linksOf(block, messages),
    columns: nodes(block.col)
      .map((col) => attr(col, "name") ?? "")
      .filter(Boolean),
    url: type === "url" && func !== undefined ? embeddableUrl(func) : undefined,
  };
}

/**
 * `func=dashboard` (mgr5-protocol.md §7.2): blocks by region. Blocks may sit in the document or
 * in its metadata; links name their target with `list`, `form` or `window`; a `url` block names
 * the page it shows in `func`. A block type this console does not draw is `unsupported`, so the
 * view shows a placeholder for it instead of guessing.
 */
export function parseDashboard(doc: WireNode): DashboardModel {
  const metadata = child(doc, "metadata");
  const messages = messagesOf(doc);
  const blockNodes = [...nodes(doc.block), ...nodes(metadata?.block)];
  return {
    kind: "dashboard",
    func: attr(doc, "func") ?? "dashboard",
    title: messages.title ?? "",
    blocks: blockNodes.map((block) => blockOf(block, messages)),
  };
}
