// @vitest-environment node
import { describe, expect, it } from "vitest";

import type { FieldModel } from "./form-model";
import { conditionState, fieldValues, parseForm } from "./parse-form";
import { setValuesMode } from "./parse-field";
import type { WireNode } from "./wire";

/** A form of one page holding `fields`, with `data` as the document's values and lists. */
function form(fields: WireNode[], data: WireNode = {}, messages: Record<string, string> = {}) {
  return parseForm({
    $func: "demo.edit",
    metadata: {
      $name: "demo.edit",
      $type: "form",
      form: { page: [{ $name: "main", field: fields }] },
    },
    messages: { msg: messages },
    ...data,
  });
}

function only(fields: WireNode[], data?: WireNode, messages?: Record<string, string>): FieldModel {
  const model = form(fields, data, messages).pages[0]?.fields[0];
  if (!model) throw new Error("no field");
  return model;
}

const field = (name: string, control: string, attrs: WireNode = {}): WireNode => ({
  $name: name,
  [control]: [{ $name: name, ...attrs }],
});

describe("every control of §6.3, single element and array", () => {
  it("reads inputs: text, password, date, datetime, zoom, mask, focus, convert, file", () => {
    expect(
      only(
        [
          field("ip", "input", {
            $type: "text",
            $mask: "999.999.999.999",
            $focus: "yes",
            $convert: "punycode",
          }),
        ],
        { ip: { $: "10.0.0.1" } },
      ),
    ).toMatchObject({
      kind: "text",
      inputType: "text",
      value: "10.0.0.1",
      mask: "999.999.999.999",
      focus: true,
      convert: "punycode",
      zoom: false,
    });
    expect(only([field("start", "input", { $date: "yes" })])).toMatchObject({
      kind: "text",
      date: "date",
    });
    expect(only([field("at", "input", { $date: "datetime" })])).toMatchObject({
      kind: "text",
      date: "datetime",
    });
    expect(
      only([field("ntp", "input", { $zoom: "yes", $check: "hostname" })], { ntp: { $: "a\nb" } }),
    ).toMatchObject({
      kind: "text",
      zoom: true,
      check: "hostname",
      value: "a\nb",
    });
    expect(only([field("key", "input", { $type: "file" })])).toMatchObject({
      kind: "file",
      multiple: false,
    });
    expect(only([field("files", "input", { $type: "file", $multiple: "yes" })])).toMatchObject({
      kind: "file",
      multiple: true,
    });
    // A control given as one object instead of an array is the same control.
    expect(only([{ $name: "pw", input: { $name: "pw", $type: "password" } }])).toMatchObject({
      kind: "text",
      inputType: "password",
    });
  });

  it("reads selects with dependent, coloured and pictured options, radio and multiple", () => {
    const data = {
      os: [{ $: "debian" }, { $: "alma" }],
      slist: [
        {
          $name: "os",
          val: [
            { $key: "debian", $color: "green", $image: "/img/debian.png", $: "Debian" },
            { $key: "alma", $depend: "linux", $: "Alma" },
          ],
        },
      ],
    };
    expect(
      only([field("os", "select", { $type: "multiple", $depend: "family" })], data),
    ).toMatchObject({
      kind: "select",
      multiple: true,
      radio: false,
      depend: "family",
      value: "debian, alma",
      options: [
        { key: "debian", label: "Debian", color: "green", image: "/img/debian.png" },
        { key: "alma", label: "Alma", depend: "linux" },
      ],
    });
    expect(only([field("os", "select", { $type: "radio" })], data)).toMatchObject({ radio: true });
  });

  it("reads textarea, slider, datetime and the display controls", () => {
    expect(only([field("note", "textarea", { $rows: "7" })])).toMatchObject({
      kind: "textarea",
      rows: 7,
    });
    expect(
      only([field("cpu", "slider", { $min: "2", $max: "64", $step: "2" })], { cpu: { $: "8" } }),
    ).toMatchObject({
      kind: "slider",
      min: 2,
      max: 64,
      step: 2,
      value: "8",
    });
    expect(only([field("cpu", "slider", { $min: "2" })])).toMatchObject({
      value: "2",
      max: 100,
      step: 1,
    });
    expect(only([field("at", "datetime")], { at: { $: "2026-11-29 10:00" } })).toMatchObject({
      kind: "datetime",
      value: "2026-11-29 10:00",
    });
    expect(
      only([field("intro", "textdata", { $type: "msg" })], {}, { intro: "Hello" }),
    ).toMatchObject({ kind: "textdata", text: "Hello" });
    expect(
      only(
        [field("usage", "textdata", { $type: "msgdata", $warning: "yes" })],
        { used: { $: "7" } },
        { usage: "Used __used__ of 10" },
      ),
    ).toMatchObject({ kind: "textdata", text: "Used 7 of 10", warning: true });
    expect(
      only([field("plain", "textdata", { $type: "data" })], { plain: { $: "as is" } }),
    ).toMatchObject({ text: "as is" });
    expect(
      only([field("about", "htmldata", { $height: "120" })], { about: { $: "<b>x</b>" } }),
    ).toMatchObject({
      kind: "htmldata",
      html: "<b>x</b>",
      height: 120,
    });
    expect(only([field("help", "desc")], {}, { desc_help: "Words" })).toMatchObject({
      kind: "desc",
      text: "Words",
    });
    expect(only([field("docs", "link", { $url: "https://example.com/" })])).toMatchObject({
      kind: "link",
      url: "https://example.com/",
    });
    expect(only([field("logo", "img", { $src: "/logo.png" })])).toMatchObject({
      kind: "img",
      src: "/logo.png",
    });
    expect(only([field("graph", "frame", { $src: "/graph", $height: "300" })])).toMatchObject({
      kind: "frame",
      src: "/graph",
      height: 300,
    });
    expect(only([field("code", "captcha")])).toMatchObject({ kind: "captcha" });
  });

  it("reads an embedded list, a tree and a ticket thread", () => {
    const list = only(
      [
        field("disks", "list", {
          $type: "block",
          col: [{ $name: "dev" }, { $name: "size", $type: "data" }],
        }),
      ],
      {
        list: [
          {
            $name: "disks",
            elem: [{ dev: { $: "sda" }, size: { $: "480 GB" } }, { dev: { $: "sdb" } }],
          },
        ],
      },
      { list_dev: "Device", list_size: "Size" },
    );
    expect(list).toMatchObject({
      kind: "list",
      listType: "block",
      columns: [
        { name: "dev", title: "Device" },
        { name: "size", title: "Size" },
      ],
    });
    if (list.kind !== "list") throw new Error("not a list");
    expect(list.rows.map((row) => row.dev?.text)).toEqual(["sda", "sdb"]);

    const tree = only([field("rack", "tree")], {
      rack: {
        $: "r1",
        node: [{ $key: "dc1", $label: "DC 1", node: [{ $key: "r1", $label: "Rack 1" }] }],
      },
    });
    expect(tree).toMatchObject({
      kind: "tree",
      value: "r1",
      nodes: [
        { key: "dc1", label: "DC 1", children: [{ key: "r1", label: "Rack 1", children: [] }] },
      ],
    });

    const ticket = only([field("thread", "ticket")], {
      thread: {
        message: [
          {
            $type: "outcoming",
            $user: "acme",
            $date: "2026-11-28 10:00",
            text: { $: "Disk is slow" },
          },
          {
            $type: "incoming",
            $user: "support",
            $date: "2026-11-28 11:00",
            text: { $: "Replaced" },
            file: [{ $name: "smart.txt", $url: "/files/1" }],
          },
        ],
      },
    });
    expect(ticket).toMatchObject({
      kind: "ticket",
      messages: [
        { direction: "outgoing", author: "acme", text: "Disk is slow", attachments: [] },
        {
          direction: "incoming",
          author: "support",
          attachments: [{ name: "smart.txt", url: "/files/1" }],
        },
      ],
    });
  });

  it("keeps an unknown control and an unknown input type visible as unsupported", () => {
    expect(only([field("x", "hologram")])).toMatchObject({ kind: "unsupported", control: "none" });
    expect(only([field("x", "input", { $type: "color" })])).toMatchObject({
      kind: "unsupported",
      control: "input type=color",
    });
  });

  it("reads labels, hints, placeholders, noname, fullwidth, and drops remove_if=new fields of a new object", () => {
    const model = only(
      [{ ...field("name", "input"), $noname: "yes", $fullwidth: "yes" }],
      {},
      {
        name: "Name",
        hint_name: "Tooltip",
        shadow_hint_name: "Inline",
        placeholder_name: "S-R01-01",
      },
    );
    expect(model).toMatchObject({
      label: "Name",
      noname: true,
      fullwidth: true,
      hint: "Tooltip",
      shadowHint: "Inline",
      placeholder: "S-R01-01",
    });
    const fields = [{ ...field("id", "input"), $remove_if: "new" }, field("name", "input")];
    expect(form(fields).pages[0]?.fields.map((item) => item.name)).toEqual(["name"]);
    expect(form(fields, { elid: { $: "7" } }).pages[0]?.fields.map((item) => item.name)).toEqual([
      "id",
      "name",
    ]);
  });
});

describe("conditions (§6.5)", () => {
  const fields =
    form([
      field("type", "select", {
        if: [
          { $value: "linux", $hide: "license" },
          { $empty: "yes", $shadow: "name" },
        ],
        else: [{ $hide: "rootpw" }],
      }),
      field("license", "input"),
      field("rootpw", "input"),
      field("name", "input"),
    ]).pages[0]?.fields ?? [];

  it("hides on a value, hides in the else branch, and shadows on an empty value", () => {
    expect(conditionState(fields, { type: "linux" })).toEqual({
      hidden: new Set(["license"]),
      shadowed: new Set(),
    });
    expect(conditionState(fields, { type: "windows" })).toEqual({
      hidden: new Set(["rootpw"]),
      shadowed: new Set(),
    });
    expect(conditionState(fields, { type: "" })).toEqual({
      hidden: new Set(["rootpw"]),
      shadowed: new Set(["name"]),
    });
  });
});

describe("setvalues modes (§6.6)", () => {
  it("reads final, blocking, finalblock, skipfiles and a repeat", () => {
    expect(setValuesMode("final")).toEqual({
      final: true,
      blocking: false,
      skipFiles: false,
      repeatSec: undefined,
    });
    expect(setValuesMode("blocking")).toMatchObject({ final: false, blocking: true });
    expect(setValuesMode("finalblock")).toMatchObject({ final: true, blocking: true });
    expect(setValuesMode("skipfiles")).toMatchObject({ skipFiles: true });
    expect(setValuesMode("30")).toMatchObject({ final: false, repeatSec: 30 });
    expect(setValuesMode(undefined)).toBeUndefined();
  });
});

describe("buttons and files", () => {
  it("reads every button attribute, and notices a file input", () => {
    const model = parseForm({
      metadata: {
        $type: "form",
        form: {
          field: [field("key", "input", { $type: "file" })],
          buttons: {
            button: [
              { $name: "ok", $type: "ok", $keepform: "yes", $color: "green" },
              { $name: "later", $type: "blank", $disabled: "yes" },
              {
                $name: "wipe",
                $type: "func",
                $func: "server.wipe",
                $blocking: "yes",
                $color: "red",
              },
            ],
          },
        },
      },
      messages: { msg: { msg_ok: "Save", msg_later: "Open", msg_wipe: "Wipe" } },
    });
    expect(model.hasFiles).toBe(true);
    expect(model.buttons).toEqual([
      {
        name: "ok",
        type: "ok",
        caption: "Save",
        color: "green",
        keepForm: true,
        blocking: false,
        disabled: false,
        func: undefined,
      },
      {
        name: "later",
        type: "blank",
        caption: "Open",
        color: undefined,
        keepForm: false,
        blocking: false,
        disabled: true,
        func: undefined,
      },
      {
        name: "wipe",
        type: "func",
        caption: "Wipe",
        color: "red",
        keepForm: false,
        blocking: true,
        disabled: false,
        func: "server.wipe",
      },
    ]);
  });

  it("sends the values of value-holding controls only", () => {
    const model = form(
      [
        field("cpu", "slider"),
        field("at", "datetime"),
        field("about", "htmldata"),
        field("key", "input", { $type: "file" }),
      ],
      { cpu: { $: "4" }, at: { $: "2026-01-01 00:00" }, about: { $: "<b>x</b>" } },
    );
    expect({ ...fieldValues(model.pages[0]?.fields ?? []) }).toEqual({
      cpu: "4",
      at: "2026-01-01 00:00",
    });
  });
});

describe("a control sent as one object instead of an array (§3.3)", () => {
  it.each([
    ["input", { $type: "text" }],
    ["input", { $type: "file" }],
    ["select", { $type: "radio" }],
    ["textarea", { $rows: "2" }],
    ["slider", { $min: "1" }],
    ["textdata", { $type: "data" }],
    ["htmldata", {}],
    ["list", { col: { $name: "dev" } }],
    ["tree", {}],
    ["datetime", {}],
    ["link", { $url: "https://example.com/" }],
    ["img", { $src: "/x.png" }],
    ["desc", {}],
    ["frame", { $src: "/x" }],
    ["ticket", {}],
    ["captcha", {}],
  ])("reads %s the same either way", (kind, attrs) => {
    const asArray = only([{ $name: "x", [kind]: [{ $name: "x", ...attrs }] }]);
    const asObject = only([{ $name: "x", [kind]: { $name: "x", ...attrs } }]);
    expect(asObject).toEqual(asArray);
    expect(asObject.kind).not.toBe("unsupported");
  });
});
