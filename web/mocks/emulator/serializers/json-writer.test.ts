// @vitest-environment node
import { describe, expect, it } from "vitest";

import { CellsNode, el, leaf, messagesNode, type Cell, type XNode } from "../tree";
import { toJsonObject } from "./json-shape";
import { writeJson } from "./json-writer";

/** What json and sjson were before the writer: the objects, then `JSON.stringify`. */
function plain(doc: XNode, sjson: boolean): string {
  return JSON.stringify({ [doc.name]: toJsonObject(doc, false, { sjson }) });
}

function written(doc: XNode, sjson: boolean): string {
  return `{${JSON.stringify(doc.name)}:${writeJson(doc, false, { sjson })}}`;
}

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** Names that change the shape somewhere, and names an object would reorder or drop. */
const names = [
  ...["elem", "list", "slist", "tree", "node", "mlist", "message", "file", "metadata", "col"],
  ...["prop", "toolbtn", "page", "p_filter", "block", "param", "val", "item", "error", "msg"],
  ...["breadcrumb", "field", "messages", "name", "$", "$x", "0", "12", "__proto__", "a b"],
];
const values = ["", "x", 'q"uote', "back\\slash", "line\nbreak", "\u0001", "\ud800", "😀", "ß"];

function tree(next: () => number, depth: number): XNode {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const attrs: Record<string, string> = {};
  const attrCount = Math.floor(next() * 3);
  for (let at = 0; at < attrCount; at += 1)
    attrs[pick(["name", "", "1", "type", "id"])] = pick(values);
  const children: XNode[] = [];
  const count = depth > 3 ? 0 : Math.floor(next() * 6);
  for (let at = 0; at < count; at += 1) children.push(tree(next, depth + 1));
  const node = el(pick(names), attrs, ...children);
  if (next() < 0.5) node.text = pick(values);
  return node;
}

describe("the json writer", () => {
  it("writes random documents as the objects stringify, json and sjson", () => {
    const next = random(7);
    for (let run = 0; run < 600; run += 1) {
      const doc = el("doc", { func: "x" }, ...Array.from({ length: 4 }, () => tree(next, 0)));
      for (const sjson of [false, true]) expect(written(doc, sjson)).toBe(plain(doc, sjson));
    }
  });

  it("writes a list page, messages and single rows as the objects stringify", () => {
    const rows = Array.from({ length: 3 }, (_, index) =>
      el("elem", {}, leaf("id", index), leaf("name", `S${index}`), el("ip", { orig: "1" }, "")),
    );
    const docs = [
      el(
        "doc",
        {},
        el("metadata", { type: "list" }, el("coldata", {}, el("col", { name: "id" }))),
        ...rows,
      ),
      el("doc", {}, messagesNode("server", { a: "1", "2": "two", "": "empty" }), rows[0]),
      el("doc", {}, el("messages", {}), leaf("p_num", 1), leaf("p_filter", "Name: a")),
    ];
    for (const doc of docs)
      for (const sjson of [false, true]) expect(written(doc, sjson)).toBe(plain(doc, sjson));
  });

  it("writes rows of cells as the objects of their nodes stringify", () => {
    class Row extends CellsNode {
      constructor(
        private readonly record: Record<string, Cell | undefined>,
        shows: ReadonlySet<string>,
      ) {
        super("elem", shows);
      }

      cells() {
        return this.record;
      }
    }
    const next = random(11);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
    for (let run = 0; run < 400; run += 1) {
      const shows = new Set(names.filter(() => next() < 0.8));
      const rows = Array.from({ length: 1 + Math.floor(next() * 3) }, () => {
        const entries: [string, Cell | undefined][] = [];
        for (const name of names)
          if (next() < 0.4)
            entries.push([
              name,
              pick<Cell | undefined>([
                undefined,
                "",
                pick(values),
                pick(values),
                { text: pick(values), attrs: { orig: pick(values) } },
                { text: "", attrs: {} },
              ]),
            ]);
        // Some rows only with names an object keeps, so the fast path is taken.
        const kept = next() < 0.5 ? entries.filter(([name]) => /^[a-z]/.test(name)) : entries;
        return new Row(Object.fromEntries(kept), shows);
      });
      const doc = el("doc", {}, el("metadata", { type: "list" }), ...rows);
      for (const sjson of [false, true]) expect(written(doc, sjson)).toBe(plain(doc, sjson));
      const inside = el("doc", {}, el("metadata", {}, ...rows));
      for (const sjson of [false, true]) expect(written(inside, sjson)).toBe(plain(inside, sjson));
    }
  });
});
