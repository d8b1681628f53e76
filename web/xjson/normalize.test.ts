// @vitest-environment node
import { describe, expect, it } from "vitest";

import { asArray, messagesOf, text } from "./normalize";
import { parseDesktop } from "./parse-desktop";
import { parseError } from "./parse-error";

describe("normalization", () => {
  it("turns absent, single and repeated collections into arrays", () => {
    expect(asArray(undefined)).toEqual([]);
    expect(asArray({ $: "a" })).toEqual([{ $: "a" }]);
    expect(asArray([{ $: "a" }, { $: "b" }])).toHaveLength(2);
  });

  it("reads empty values in both of their shapes", () => {
    expect(text({})).toBe("");
    expect(text({ $: "" })).toBe("");
    expect(text("x")).toBe("x");
    expect(text(undefined)).toBeUndefined();
  });

  it("reads messages as a dictionary or as a list of named messages", () => {
    expect(messagesOf({ messages: { msg: { title: "Servers" } } })).toEqual({ title: "Servers" });
    expect(messagesOf({ messages: { msg: { $name: "title", $: "Servers" } } })).toEqual({
      title: "Servers",
    });
  });
});

describe("parseError", () => {
  it("reads type, object, value and the message from a single or repeated param", () => {
    const single = parseError({
      error: {
        $type: "exists",
        $object: "user",
        param: { $name: "value", $: "ben" },
        msg: { $: "User 'ben' exists" },
      },
    });
    expect(single).toEqual({
      type: "exists",
      object: "user",
      value: "ben",
      message: "User 'ben' exists",
    });
    const repeated = parseError({
      error: {
        $type: "value",
        $object: "name",
        param: [
          { $name: "object", $: "name" },
          { $name: "value", $: "x y" },
        ],
      },
    });
    expect(repeated).toEqual({
      type: "value",
      object: "name",
      value: "x y",
      message: "value: name",
    });
  });

  it("is undefined for a document without an error", () => {
    expect(parseError({ ok: {} })).toBeUndefined();
  });
});

describe("parseDesktop", () => {
  it("reads groups, items, titles and the start page", () => {
    const desktop = parseDesktop({
      mainmenu: {
        $startpage: "server",
        node: {
          $name: "main",
          node: [{ $name: "server", $action: "server", $type: "list" }, { $name: "broken" }],
        },
      },
      messages: { msg: { main: "Main", server: "Servers" } },
      user: { $name: "admin", $level: "29" },
    });
    expect(desktop).toEqual({
      startpage: "server",
      groups: [
        {
          name: "main",
          title: "Main",
          items: [{ name: "server", title: "Servers", action: "server", type: "list" }],
        },
      ],
      username: "admin",
      level: 29,
    });
  });
});
