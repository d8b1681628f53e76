import { childNamed, type XNode } from "../tree";

export interface TableView {
  title: string;
  columns: { name: string; title: string }[];
  rows: Record<string, string>[];
}

/** Reads the visible table of a list document: its data columns, their titles and the rows. */
export function tableOf(doc: XNode): TableView {
  const metadata = childNamed(doc, "metadata");
  const messages = new Map(
    (childNamed(doc, "messages")?.children ?? []).map((msg) => [
      msg.attrs.name ?? "",
      msg.text ?? "",
    ]),
  );
  const cols = childNamed(metadata ?? doc, "coldata")?.children ?? [];
  const columns = cols
    .filter((col) => col.name === "col" && col.attrs.type !== "prop")
    .map((col) => {
      const name = col.attrs.name ?? "";
      return { name, title: messages.get(name) ?? name };
    });
  const rows = doc.children
    .filter((child) => child.name === "elem")
    .map((row) => Object.fromEntries(row.children.map((cell) => [cell.name, cell.text ?? ""])));
  return { title: messages.get("title") ?? doc.attrs.func ?? "", columns, rows };
}
