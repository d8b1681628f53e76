// @vitest-environment node
import { describe, expect, it } from "vitest";

import { activeProps, propHint } from "./hints";
import { parseList } from "./parse-list";
import { parseDashboard } from "./parse-dashboard";
import { docOf, MalformedDocumentError, parsePage } from "./parse-page";
import type { WireNode } from "./wire";

const twoRows: WireNode = {
  $func: "user",
  metadata: {
    $name: "user",
    $type: "list",
    $key: "name",
    $keyname: "name",
    toolbar: {
      toolgrp: [
        {
          $name: "edit",
          toolbtn: [
            { $name: "new", $func: "user.edit", $type: "new" },
            {
              $name: "delete",
              $func: "user.delete",
              $type: "group",
              hide: { $name: "level", $value: "Admin" },
            },
          ],
        },
      ],
    },
    coldata: {
      col: [
        { $name: "name", $type: "data", $sort: "alpha", $sorted: "-1" },
        { $name: "level", $type: "data" },
        { $name: "state", $type: "prop", prop: [{ $name: "disabled", $img: "p-disabled" }] },
      ],
    },
  },
  messages: {
    $name: "user",
    msg: {
      title: "Users",
      name: "Name",
      short_delete: "Delete",
      msg_confirm_delete: "Delete users",
      hint_p_disabled: "Disabled since _value_",
    },
  },
  elem: [
    { name: { $: "alice" }, level: { $: "User" }, disabled: { $: "2024-01-31" } },
    { name: { $: "bob" }, level: { $: "Admin", $orig: "29" } },
  ],
  p_num: { $: "2" },
  p_cnt: { $: "2" },
  p_elems: { $: "5" },
};

/** The same list as a server sends it with one row and single-member collections collapsed. */
const oneRow: WireNode = {
  metadata: {
    $name: "user",
    $type: "list",
    $key: "name",
    toolbar: {
      toolgrp: { $name: "edit", toolbtn: { $name: "new", $func: "user.edit", $type: "new" } },
    },
    coldata: { col: { $name: "name", $sort: "alpha" } },
  },
  messages: { msg: [{ $name: "title", $: "Users" }] },
  elem: { name: { $: "alice" } },
  p_filter: { $: "Level: User" },
};

describe("parseList", () => {
  it("reads columns, titles, sort state, toolbar captions and paging", () => {
    const list = parseList(twoRows);
    expect(list.title).toBe("Users");
    expect(list.columns.map((col) => [col.name, col.title, col.type])).toEqual([
      ["name", "Name", "data"],
      ["level", "level", "data"],
      ["state", "state", "prop"],
    ]);
    expect(list.columns[0]?.sorted).toEqual({ direction: "desc", priority: 1 });
    expect(list.toolbar[0]?.buttons[1]).toMatchObject({
      caption: "Delete",
      confirm: "Delete users",
      conditions: [{ kind: "hide", name: "level", value: "Admin" }],
    });
    expect(list.page).toEqual({ number: 2, size: 2, total: 5 });
  });

  it("keys rows by the metadata key and keeps $orig values", () => {
    const list = parseList(twoRows);
    expect(list.rows.map((row) => row.key)).toEqual(["alice", "bob"]);
    expect(list.rows[1]?.cells.level).toEqual({ text: "Admin", attrs: { orig: "29" } });
  });

  it("reads the single-member variants of every collection the same way", () => {
    const list = parseList(oneRow);
    expect(list.rows).toHaveLength(1);
    expect(list.columns).toHaveLength(1);
    expect(list.toolbar[0]?.buttons[0]?.name).toBe("new");
    expect(list.title).toBe("Users");
    expect(list.filter).toEqual(["Level: User"]);
    expect(list.keyname).toBe("name");
  });

  it("reads an empty list and a list with no metadata without failing", () => {
    const empty = parseList({ metadata: { $type: "list" } });
    expect(empty.rows).toEqual([]);
    expect(empty.key).toBe("id");
    expect(empty.page).toEqual({ number: 1, size: 0, total: 0 });
  });

  it("explains status icons with hints, substituting _value_", () => {
    const list = parseList(twoRows);
    const state = list.columns[2];
    const [alice, bob] = list.rows;
    if (!state || !alice || !bob) throw new Error("fixture");
    expect(activeProps(state, alice).map((entry) => entry.prop.name)).toEqual(["disabled"]);
    expect(activeProps(state, bob)).toEqual([]);
    expect(propHint(list.messages, "disabled", "2024-01-31")).toBe("Disabled since 2024-01-31");
    expect(propHint({}, "poweron", "")).toBe("poweron");
  });
});

describe("docOf and parsePage", () => {
  it("refuses bodies that are not documents", () => {
    expect(() => docOf(null)).toThrow(MalformedDocumentError);
    expect(() => docOf({ doc: [] })).toThrow(MalformedDocumentError);
    expect(() => docOf("<html>")).toThrow(MalformedDocumentError);
  });

  it("unwraps doc.doc and keeps the outer messages (Q12)", () => {
    const doc = docOf({
      doc: { doc: { metadata: { $type: "list" } }, messages: { msg: { title: "Order" } } },
    });
    expect((parsePage(doc) as { title: string }).title).toBe("Order");
  });

  it("marks kinds it cannot render as unsupported instead of failing", () => {
    expect(parsePage({ $func: "help", metadata: { $type: "helpboard" } })).toEqual({
      kind: "unsupported",
      func: "help",
      type: "helpboard",
    });
    expect(parsePage({})).toMatchObject({ kind: "unsupported", type: "none" });
  });
});

describe("parseDashboard", () => {
  it("reads blocks by region with their links and columns, one block or many", () => {
    const many = parseDashboard({
      block: [
        {
          $name: "links",
          $type: "toolbar",
          $position: "top",
          toolbtn: [
            { $name: "server", $list: "server" },
            { $name: "console", $window: "ipmi" },
            { $name: "broken" },
          ],
        },
        {
          $name: "server",
          $type: "list",
          $func: "server",
          $position: "left",
          $rows: "5",
          col: [{ $name: "name" }, { $name: "status" }],
        },
      ],
      messages: { msg: { links: "Quick links", server: "Servers", title: "Home" } },
    });
    expect(many.title).toBe("Home");
    expect(many.blocks[0]).toMatchObject({
      title: "Quick links",
      position: "top",
      links: [
        { name: "server", title: "Servers", func: "server", opens: "list" },
        { name: "console", func: "ipmi", opens: "window" },
      ],
    });
    expect(many.blocks[1]).toMatchObject({
      type: "list",
      func: "server",
      rows: 5,
      columns: ["name", "status"],
    });
    const one = parseDashboard({
      block: { $name: "traffic", $type: "report", $position: "middle" },
    });
    expect(one.blocks).toEqual([
      {
        name: "traffic",
        title: "traffic",
        type: "report",
        position: "left",
        func: undefined,
        rows: undefined,
        links: [],
        columns: [],
      },
    ]);
  });
});
