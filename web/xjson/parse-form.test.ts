// @vitest-environment node
import { describe, expect, it } from "vitest";

import { hiddenByConditions, parseForm } from "./parse-form";
import { parseOk, followUpParams } from "./parse-ok";
import { buttonState } from "./toolbar";
import type { ButtonModel, RowModel } from "./model";
import type { WireNode } from "./wire";

const paged: WireNode = {
  $func: "user.edit",
  metadata: {
    $name: "user.edit",
    $type: "form",
    form: {
      page: [
        {
          $name: "main",
          field: [
            {
              $name: "name",
              input: [{ $type: "text", $name: "name", $required: "yes", $readonly: "yes" }],
            },
            {
              $name: "passwd",
              input: [{ $type: "password", $name: "passwd", $check: "password" }],
            },
            { $name: "level", select: [{ $name: "level", if: [{ $value: "16", $hide: "disk" }] }] },
            { $name: "active", input: [{ $type: "checkbox", $name: "active" }] },
          ],
        },
        {
          $name: "limits",
          $collapsed: "yes",
          field: [{ $name: "disk", slider: [{ $name: "disk", $min: "1" }] }],
        },
      ],
      buttons: {
        button: [
          { $name: "ok", $type: "ok" },
          { $name: "cancel", $type: "cancel" },
        ],
      },
    },
  },
  messages: {
    msg: {
      title: "User",
      name: "Login",
      hint_name: "Login name",
      level: "Role",
      limits: "Limits",
      msg_ok: "Save",
      msg_cancel: "Close",
    },
  },
  elid: { $: "alice" },
  name: { $: "alice" },
  level: { $: "16" },
  active: { $: "on" },
  slist: [
    {
      $name: "level",
      val: [
        { $key: "16", $: "User" },
        { $key: "29", $: "Admin" },
      ],
    },
  ],
};

/** The same kind of form with no pages, one of everything, no buttons. */
const flat: WireNode = {
  metadata: {
    $type: "form",
    form: { field: { $name: "note", textarea: { $name: "note", $rows: "3" } } },
  },
  messages: { msg: { note: "Note" } },
  note: { $: "hello" },
  slist: { $name: "unused", val: { $key: "x", $: "X" } },
};

describe("parseForm", () => {
  it("reads pages, fields by control, values, options, hints and buttons", () => {
    const form = parseForm(paged);
    expect(form.title).toBe("User");
    expect(form.elid).toBe("alice");
    expect(form.pages.map((page) => [page.name, page.title, page.collapsed])).toEqual([
      ["main", "main", false],
      ["limits", "Limits", true],
    ]);
    const [name, passwd, level, active] = form.pages[0]?.fields ?? [];
    expect(name).toMatchObject({
      kind: "text",
      label: "Login",
      hint: "Login name",
      required: true,
      readonly: true,
      value: "alice",
    });
    expect(passwd).toMatchObject({
      kind: "text",
      inputType: "password",
      check: "password",
      value: "",
    });
    expect(level).toMatchObject({
      kind: "select",
      value: "16",
      options: [
        { key: "16", label: "User" },
        { key: "29", label: "Admin" },
      ],
      conditions: [{ value: "16", otherwise: false, hide: ["disk"], shadow: [] }],
    });
    expect(active).toMatchObject({ kind: "checkbox", value: true });
    expect(form.pages[1]?.fields[0]).toMatchObject({ kind: "slider", min: 1, max: 100, step: 1 });
    expect(form.buttons.map((button) => button.caption)).toEqual(["Save", "Close"]);
  });

  it("reads a form without pages and buttons, with single members collapsed", () => {
    const form = parseForm(flat);
    expect(form.pages).toHaveLength(1);
    expect(form.pages[0]?.fields[0]).toMatchObject({
      kind: "textarea",
      label: "Note",
      value: "hello",
      rows: 3,
    });
    expect(form.buttons.map((button) => button.type)).toEqual(["ok", "cancel"]);
  });

  it("hides fields by the current values' conditions", () => {
    const fields = parseForm(paged).pages.flatMap((page) => page.fields);
    expect([...hiddenByConditions(fields, { level: "16" })]).toEqual(["disk"]);
    expect([...hiddenByConditions(fields, { level: "29" })]).toEqual([]);
  });
});

describe("parseOk", () => {
  it("reads an empty ok, a follow-up function and created keys", () => {
    expect(parseOk({ ok: {} })).toEqual({ kind: "ok", text: undefined, created: {} });
    expect(parseOk({ ok: { $: "func=totp.confirm" }, id: { $: "7" } })).toEqual({
      kind: "ok",
      text: "func=totp.confirm",
      created: { id: "7" },
    });
    expect(followUpParams("func=server.edit&elid=3")).toEqual({ func: "server.edit", elid: "3" });
    expect(followUpParams("https://console.example/")).toBeUndefined();
    expect(parseOk({ error: {} })).toBeUndefined();
  });
});

describe("buttonState", () => {
  const button = (type: string, conditions: ButtonModel["conditions"] = []): ButtonModel => ({
    name: type,
    func: `x.${type}`,
    type,
    isDefault: false,
    noGroupEdit: false,
    caption: type,
    conditions,
  });
  const row = (cells: Record<string, string>): RowModel => ({
    key: cells.id ?? "",
    cells: Object.fromEntries(
      Object.entries(cells).map(([name, text]) => [name, { text, attrs: {} }]),
    ),
  });
  const on = row({ id: "1", power: "on" });
  const off = row({ id: "2", power: "off" });

  it("follows the selection each type needs", () => {
    expect(buttonState(button("new"), [])).toBe("enabled");
    expect(buttonState(button("group"), [])).toBe("disabled");
    expect(buttonState(button("group"), [on, off])).toBe("enabled");
    expect(buttonState(button("editlist"), [on, off])).toBe("disabled");
    expect(buttonState(button("edit"), [on, off])).toBe("enabled");
    expect(buttonState({ ...button("edit"), noGroupEdit: true }, [on, off])).toBe("disabled");
  });

  it("disables on hide, enables only on a matching show, hides on remove, for every selected row", () => {
    const poweroff = button("group", [{ kind: "hide", name: "power", value: "off" }]);
    expect(buttonState(poweroff, [on])).toBe("enabled");
    expect(buttonState(poweroff, [on, off])).toBe("disabled");
    const cancel = button("group", [{ kind: "show", name: "power", value: "off" }]);
    expect(buttonState(cancel, [on])).toBe("disabled");
    expect(buttonState(cancel, [off])).toBe("enabled");
    const console = button("window", [{ kind: "remove", name: "power", value: "off" }]);
    expect(buttonState(console, [off])).toBe("hidden");
    expect(buttonState(console, [on])).toBe("enabled");
  });
});
