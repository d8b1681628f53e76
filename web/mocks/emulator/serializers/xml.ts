import type { XNode } from "../tree";

const escapes: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

// XML 1.0 forbids most control characters even as references: they are dropped.
// eslint-disable-next-line no-control-regex -- these are exactly the characters XML cannot carry
const xmlForbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

function escape(value: string): string {
  return value.replace(xmlForbidden, "").replace(/[&<>"']/g, (c) => escapes[c] ?? c);
}

function write(node: XNode, depth: number, out: string[]): void {
  const pad = "  ".repeat(depth);
  const attrs = Object.entries(node.attrs)
    .map(([key, value]) => ` ${key}="${escape(value)}"`)
    .join("");
  // Read once: a list row builds its cells when they are read.
  const children = node.children;
  if (children.length === 0) {
    out.push(
      node.text
        ? `${pad}<${node.name}${attrs}>${escape(node.text)}</${node.name}>`
        : `${pad}<${node.name}${attrs}/>`,
    );
    return;
  }
  out.push(`${pad}<${node.name}${attrs}>${node.text ? escape(node.text) : ""}`);
  for (const child of children) write(child, depth + 1, out);
  out.push(`${pad}</${node.name}>`);
}

export function toXml(doc: XNode): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write(doc, 0, out);
  return out.join("\n") + "\n";
}
