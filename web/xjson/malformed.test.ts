// @vitest-environment node
import { describe, expect, it } from "vitest";

import { displayText, toCsv } from "./csv";
import { propHint } from "./hints";
import type { ColumnModel, RowModel } from "./model";
import { asArray, isNode, messagesOf, nodes, text } from "./normalize";
import { parseDesktop } from "./parse-desktop";
import { fieldValues, hiddenByConditions, parseForm } from "./parse-form";
import { parseList } from "./parse-list";
import { followUpParams, parseOk } from "./parse-ok";
import { docOf, MalformedDocumentError, parsePage } from "./parse-page";
import { parseReport } from "./parse-report";
import { buttonState } from "./toolbar";
import { cellNumber, columnTotal } from "./totals";
import type { WireNode } from "./wire";

/** What a map holds under a name, read directly as a view would (not through `lookup`). */
function read(map: object | undefined, name: string): unknown {
  return (map as Record<string, unknown> | undefined)?.[name];
}

/** A document as the request door gets it: from JSON text, so `__proto__` is an own key. */
function wire(json: string): WireNode {
  return docOf(JSON.parse(json));
}

describe("a malformed element does not take down the rest", () => {
  it("keeps the other columns and cells of a list when one is garbage", () => {
    const list = parseList(
      wire(`{"doc": {"$func": "user", "metadata": {"$type": "list", "$key": "name",
        "coldata": {"col": [{"$name": "name"}, null, 5, "x", [], {"$name": {}},
          {"$name": "level", "$type": 7, "prop": null, "$sort": null}, {"$name": null}]},
        "toolbar": {"toolgrp": [null, {"$name": "g", "toolbtn": [7, {"$name": "new",
          "$type": "new", "hide": null}]}]}},
        "messages": {"msg": {"name": "Name", "level": null, "title": 5}},
        "elem": [{"name": {"$": "alice"}, "level": null, "note": 7, "deep": [[["x"]]]},
                 null, "row", {"name": "bob", "level": {"$": "User", "$orig": 16}}],
        "p_num": null, "p_cnt": {"$": {}}, "p_elems": 2}}`),
    );
    expect(list.columns.map((column) => [column.name, column.title, column.type])).toEqual([
      ["name", "Name", "data"],
      ["level", "level", "data"],
    ]);
    expect(list.title).toBe("5");
    expect(list.rows.map((row) => row.key)).toEqual(["alice", "bob"]);
    expect(list.rows[0]?.cells).toEqual({
      name: { text: "alice", attrs: {} },
      note: { text: "7", attrs: {} },
      deep: { text: "x", attrs: {} },
    });
    expect(list.rows[1]?.cells.level).toEqual({ text: "User", attrs: { orig: "16" } });
    expect(list.toolbar.map((group) => group.buttons.map((button) => button.name))).toEqual([
      ["new"],
    ]);
    expect(list.page).toEqual({ number: 1, size: 2, total: 2 });
  });

  it("keeps the other fields of a form, drawing a garbage control as unsupported", () => {
    const form = parseForm(
      wire(`{"doc": {"$func": "user.edit", "metadata": {"$type": "form", "form": {"page": [
        {"$name": "main", "field": [
          {"$name": "name", "input": [{"$name": "name", "$type": "text"}]},
          null, 5, "field", {"$name": {}},
          {"$name": "broken", "input": 5},
          {"$name": "empty", "select": []},
          {"$name": "nulled", "input": null},
          {"$name": "level", "select": [{"$name": "level", "if": [null, {"$value": "16"}]}]}
        ]}, null, 7]}}, "name": {"$": "alice"}, "level": ["16", null],
        "slist": [null, {"$name": "level", "val": [null, {"$key": "16", "$": "User"}, 3]}]}}`),
    );
    const fields = form.pages.flatMap((page) => page.fields);
    expect(fields.map((field) => [field.name, field.kind])).toEqual([
      ["name", "text"],
      ["broken", "unsupported"],
      ["empty", "unsupported"],
      ["nulled", "unsupported"],
      ["level", "select"],
    ]);
    expect(fields[1]).toMatchObject({ kind: "unsupported", control: "input (malformed)" });
    expect(fields[3]).toMatchObject({ kind: "unsupported", control: "none" });
    expect(fields[4]).toMatchObject({
      value: "16, ",
      options: [{ key: "16", label: "User", depend: undefined }],
      conditions: [],
    });
    expect({ ...fieldValues(fields) }).toEqual({ name: "alice", level: "16, " });
  });

  it("reads null, numbers and booleans where nodes and text were expected", () => {
    expect(asArray(null)).toEqual([]);
    expect(nodes([null, 1, "x", [], {}])).toEqual([{}]);
    expect(isNode(null)).toBe(false);
    expect(text(null)).toBeUndefined();
    expect(text(7)).toBe("7");
    expect(text(false)).toBe("false");
    expect(text({ $: null })).toBe("");
    expect(text([[[{ $: "deep" }]]])).toBe("deep");
    expect(parseOk(wire('{"doc": {"ok": null}}'))).toBeUndefined();
    expect(
      parseDesktop(wire('{"doc": {"mainmenu": {"node": [null, 5, {"node": null}]}}}')),
    ).toEqual({ startpage: undefined, groups: [], username: undefined, level: undefined });
  });

  it("rejects only bodies that are not mgr5 documents, with MalformedDocumentError", () => {
    for (const body of ["null", "[]", "5", '"doc"', "{}", '{"doc": null}', '{"doc": [{}]}'])
      expect(() => docOf(JSON.parse(body)), body).toThrow(MalformedDocumentError);
    expect(() => docOf(JSON.parse('{"__proto__": {"doc": {}}}'))).toThrow(MalformedDocumentError);
  });
});

describe("10,000-deep nesting", () => {
  const depth = 10_000;
  const nest = (open: string, close: string, inner: string) =>
    `${open.repeat(depth)}${inner}${close.repeat(depth)}`;

  it("does not exhaust the stack in text, bands, menus or doc", () => {
    expect(text(JSON.parse(nest("[", "]", '"x"')))).toBe("x");
    const report = parseReport(
      wire(`{"doc": {"metadata": {"$type": "report",
        "band": ${nest('{"$name": "b", "band": [', "]}", "{}")}}}}`),
    );
    expect(report.bands.length).toBeGreaterThan(0);
    expect(report.bands.length).toBeLessThanOrEqual(16);
    const page = parsePage(wire(`{"doc": ${nest('{"doc": ', "}", "{}")}}`));
    expect(page.kind).toBe("unsupported");
    const desktop = parseDesktop(wire(`{"doc": {"mainmenu": ${nest('{"node": ', "}", "{}")}}}`));
    expect(desktop.groups).toEqual([]);
  });
});

describe("names from Object.prototype", () => {
  const doc = () =>
    wire(`{"doc": {"$func": "x", "metadata": {"$type": "list", "$key": "constructor",
      "coldata": {"col": [{"$name": "constructor"}, {"$name": "__proto__"},
        {"$name": "toString", "$type": "msg"}, {"$name": "valueOf", "$total": "sum"}]},
      "toolbar": {"toolgrp": {"toolbtn": {"$name": "hasOwnProperty", "$type": "edit",
        "hide": {"$name": "constructor", "$value": "a"}}}}},
      "messages": {"msg": {"__proto__": "Proto", "title": "T", "toString": {"polluted": "yes"}}},
      "breadcrumb": {"elem": {"$func": "y", "param": {"$name": "__proto__", "$": "p"}}},
      "elem": {"constructor": "a", "__proto__": {"$": "b", "$__proto__": "c"},
        "valueOf": {"$": "1 KiB", "$orig": "1024"}}}}`);

  it("are plain names: own keys in prototype-free maps, nothing inherited, nothing polluted", () => {
    const list = parseList(doc());
    // An object where a message was reads as empty text; the other names are not messages.
    expect(list.columns.map((column) => column.title)).toEqual([
      "constructor",
      "Proto",
      "",
      "valueOf",
    ]);
    expect(Object.getPrototypeOf(list.messages)).toBeNull();
    expect(list.messages.__proto__).toBe("Proto");
    expect(read(list.messages, "toString")).toBe("");
    expect(list.messages.constructor).toBeUndefined();
    expect(list.toolbar[0]?.buttons[0]?.caption).toBe("hasOwnProperty");
    const [row] = list.rows as [RowModel];
    expect(row.key).toBe("a");
    expect(Object.getPrototypeOf(row.cells)).toBeNull();
    expect(row.cells.__proto__?.text).toBe("b");
    expect(Object.entries(row.cells.__proto__?.attrs ?? {})).toEqual([["__proto__", "c"]]);
    expect(read(row.cells, "toString")).toBeUndefined();
    expect(list.breadcrumb[0]?.params.__proto__).toBe("p");
    // The button hides for rows whose cell named `constructor` is "a": this one.
    expect(buttonState(list.toolbar[0]?.buttons[0] as never, [row])).toBe("disabled");
    expect(buttonState(list.toolbar[0]?.buttons[0] as never, [{ key: "2", cells: {} }])).toBe(
      "enabled",
    );
    const valueOf = list.columns.find((column) => column.name === "valueOf");
    expect(valueOf && columnTotal(valueOf, [row], "en")).toBe("1.0 KiB");
    expect(toCsv(list.columns, list.rows, list.messages)).toBe(
      "constructor,Proto,,valueOf\r\na,b,,1 KiB\r\n",
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("are undefined in the helpers even in maps that have a prototype", () => {
    const column: ColumnModel = { name: "constructor", title: "C", type: "msg", props: [] };
    const row: RowModel = { key: "1", cells: {} };
    expect(displayText(column, row, {})).toBe("");
    expect(cellNumber(row, "constructor")).toBe(0);
    expect(columnTotal({ ...column, total: "sum" }, [row], "en")).toBe("0");
    expect(propHint({}, "toString", "")).toBe("toString");
    const withCell: RowModel = { key: "1", cells: { x: { text: "toString", attrs: {} } } };
    expect(displayText({ ...column, name: "x" }, withCell, {})).toBe("toString");
    expect(hiddenByConditions([], {})).toEqual(new Set());
  });

  it("keep follow-up parameters and created keys prototype-free", () => {
    const params = followUpParams("func=x&__proto__=p&constructor=c") ?? {};
    expect(Object.getPrototypeOf(params)).toBeNull();
    expect(Object.entries(params)).toEqual([
      ["func", "x"],
      ["__proto__", "p"],
      ["constructor", "c"],
    ]);
    expect(read(followUpParams("func=x"), "toString")).toBeUndefined();
    const ok = parseOk(wire('{"doc": {"ok": {}, "id": {"$": "7"}}}'));
    expect(Object.getPrototypeOf(ok?.created)).toBeNull();
    expect(ok?.created.constructor).toBeUndefined();
  });

  it("read messages in both forms without inheriting", () => {
    const dict = messagesOf(wire('{"doc": {"messages": {"msg": {"constructor": "C"}}}}'));
    expect(dict.constructor).toBe("C");
    expect(read(dict, "toString")).toBeUndefined();
    const listed = messagesOf(
      wire('{"doc": {"messages": {"msg": [{"$name": "__proto__", "$": "P"}, null, 5]}}}'),
    );
    expect(Object.keys(listed)).toEqual(["__proto__"]);
  });
});
