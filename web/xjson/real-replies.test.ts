// @vitest-environment jsdom
/**
 * Replies captured from real mgr5 panels (web/xjson/fixtures/real/README.md says where each comes
 * from), read by the console's parsers. Unlike every other parser test, nothing here was written
 * by us or produced by the emulator: if a real reply breaks a parser, this is where it shows.
 * JSON fixtures go through docOf and the matching parser; XML fixtures, which no emulator-free
 * code turns into the wire format, are checked for the shape they prove.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

import { parseXmlReply, xpathText } from "../testing/xml-reply";
import { activeProps } from "./hints";
import type { ListModel } from "./model";
import { parseAuth } from "./parse-auth";
import { parseError } from "./parse-error";
import { docOf, parsePage } from "./parse-page";
import type { WireNode } from "./wire";

// Not `new URL(…, import.meta.url)`: under jsdom, URL is jsdom's and fileURLToPath refuses it.
const dir = join(dirname(fileURLToPath(import.meta.url)), "fixtures", "real");

function fixture(name: string): string {
  return readFileSync(join(dir, name), "utf8");
}

function docOfFixture(name: string): WireNode {
  return docOf(JSON.parse(fixture(name)) as unknown);
}

function listOf(name: string): ListModel {
  const page = parsePage(docOfFixture(name));
  if (page.kind !== "list") throw new Error(`${name}: expected a list, got ${page.kind}`);
  return page;
}

/** Every JSON fixture has a case below: a new capture must say what a user would see. */
const jsonCases = [
  "khorsa-ispmgr6-session.newkey-error.json",
  "khorsa-ispmgr6-session.newkey.json",
  "khorsa-ispmgr6-user.delete.json",
  "khorsa-ispmgr6-user.resume.json",
  "khorsa-ispmgr6-user.suspend.json",
  "khorsa-ispmgr6-webdomain.json",
];

describe("real replies: the fixture set", () => {
  it("has a case for every JSON fixture, and every fixture is a JSON mgr5 document", () => {
    const files = readdirSync(dir)
      .filter((name) => name.endsWith(".json"))
      .sort();
    expect(files).toEqual([...jsonCases].sort());
    for (const name of files) expect(() => docOfFixture(name)).not.toThrow();
  });
});

describe("real replies: ISPmanager 6, out=sjson (Khorsa/php-ispmanager-api)", () => {
  it.each([
    ["khorsa-ispmgr6-user.suspend.json", "user.suspend"],
    ["khorsa-ispmgr6-user.resume.json", "user.resume"],
    ["khorsa-ispmgr6-user.delete.json", "user.delete"],
    ["khorsa-ispmgr6-session.newkey.json", "session.newkey"],
  ])("%s is a plain success of %s: no follow-up, nothing created, no error", (name, func) => {
    const doc = docOfFixture(name);
    expect(parseError(doc)).toBeUndefined();
    expect(parseAuth(doc)).toBeUndefined();
    expect(parsePage(doc)).toEqual({
      kind: "ok",
      func,
      ok: { kind: "ok", text: undefined, created: {} },
    });
  });

  it("a bad authinfo is an auth error whose message is the panel's text", () => {
    const doc = docOfFixture("khorsa-ispmgr6-session.newkey-error.json");
    expect(parseError(doc)).toEqual({
      type: "auth",
      object: "badpassword",
      value: "remote_addr: [85.140.114.49]",
      message: "Invalid username or password ",
    });
    expect(parseAuth(doc)).toBeUndefined();
  });

  it("the webdomain list: its columns, in the panel's order, with their kinds and sort", () => {
    const list = listOf("khorsa-ispmgr6-webdomain.json");
    expect(list.func).toBe("webdomain");
    expect(list.key).toBe("name");
    expect(list.columns.map((col) => [col.name, col.type])).toEqual([
      ["name", "data"],
      ["ssl", "prop"],
      ["owner", "data"],
      ["docroot", "data"],
      ["ipaddr", "data"],
      ["prop", "prop"],
      ["database", "msg"],
      ["handler", "data"],
      // `$type="toggle"`, a type the console does not know: drawn as data, its text kept.
      ["active", "data"],
    ]);
    const name = list.columns[0];
    expect(name?.sorted).toEqual({ direction: "asc", priority: 1 });
    expect(name?.sort).toBe("alpha");
    // The reply carries no column titles (its messages are two hints): the name is the title.
    expect(name?.title).toBe("name");
    expect(list.messages.hint_add_to_favorite).toBe("Addtofavoritepaths");
  });

  it("the webdomain list: its one row (an sjson array of one), raw values and $orig", () => {
    const list = listOf("khorsa-ispmgr6-webdomain.json");
    expect(list.rows).toHaveLength(1);
    const row = list.rows[0];
    expect(row?.key).toBe("testsite.ru");
    expect(row?.cells.ipaddr).toEqual({ text: "192.168.0.1", attrs: {} });
    expect(row?.cells.owner?.text).toBe("user0");
    expect(row?.cells.docroot?.text).toBe("/var/www/user0/data/www/testsite.ru");
    expect(row?.cells.active?.text).toBe("on");
    expect(row?.cells.database).toEqual({ text: "Notused", attrs: { orig: "db_not_assigned" } });
    // Status flags are empty elements: present with no text.
    expect(row?.cells.ssl_issued_success).toEqual({ text: "", attrs: {} });
    expect(row?.cells.ssl_issued_error).toBeUndefined();
  });

  it("the webdomain list: status icons of the prop columns, prop and xprop", () => {
    const list = listOf("khorsa-ispmgr6-webdomain.json");
    const ssl = list.columns.find((col) => col.name === "ssl");
    expect(ssl?.props.slice(0, 3)).toEqual([
      { name: "ssl_issued_success", img: "p-tick-green" },
      { name: "ssl_issued_error", img: "p-fail" },
      { name: "ssl_not_used", img: "p-no-grey" },
    ]);
    expect(ssl?.props).toContainEqual({
      name: "ssl_status",
      img: "p-fail",
      value: "le_issued_error",
    });
  });

  it("the webdomain list: the icons the row shows (flags by presence, xprop by value)", () => {
    const list = listOf("khorsa-ispmgr6-webdomain.json");
    const row = list.rows[0];
    if (!row) throw new Error("no row");
    const shown = (name: string) => {
      const column = list.columns.find((col) => col.name === name);
      if (!column) throw new Error(`no column ${name}`);
      return activeProps(column, row).map(({ prop, value }) => [prop.name, value]);
    };
    expect(shown("ssl")).toEqual([["ssl_issued_success", ""]]);
    // `php` is a cell with text (present: its icon shows); `webscript_status` is empty, which
    // is not the xprop's `installing`.
    expect(shown("prop")).toEqual([["php", "PathtoPHP:/opt/php82/bin/php."]]);
  });

  it("the webdomain list: paging says page 1 of 1000-row pages, 5 items in all", () => {
    const list = listOf("khorsa-ispmgr6-webdomain.json");
    expect(list.page).toEqual({ number: 1, size: 1000, total: 5 });
  });

  it("the webdomain toolbar: groups, functions, kinds and per-row rules", () => {
    const list = listOf("khorsa-ispmgr6-webdomain.json");
    expect(list.toolbar.map((group) => group.name)).toEqual([
      "new_site",
      "management",
      "php",
      "plugins",
      "su",
    ]);
    const buttons = list.toolbar.flatMap((group) => group.buttons);
    const byName = (name: string) => buttons.find((button) => button.name === name);
    expect(byName("new_site")).toMatchObject({ func: "site.edit", type: "new" });
    expect(byName("edit")).toMatchObject({ func: "site.edit", type: "edit", isDefault: true });
    expect(byName("delete")).toMatchObject({ func: "webdomain.delete.confirm", type: "groupform" });
    expect(byName("resume")?.conditions).toEqual([{ kind: "show", name: "active", value: "off" }]);
    expect(byName("suspend")?.conditions).toEqual([{ kind: "show", name: "active", value: "on" }]);
    // A one-button group (sjson sends `toolbtn` as an array of one) with a one-rule `hide`.
    expect(byName("sitepro_button")).toMatchObject({
      func: "sitepro.open",
      type: "window",
      conditions: [{ kind: "hide", name: "nodejs", value: "on" }],
    });
  });
});

describe("real replies: XML captures, checked for shape", () => {
  it("BILLmanager auth: the session id as attribute and text, level 16, no password echoed", () => {
    const doc = parseXmlReply(fixture("laravel-billmgr-auth.xml"), "auth");
    expect(xpathText(doc, "/doc/@func")).toBe("auth");
    expect(xpathText(doc, "/doc/@binary")).toBe("/billmgr");
    expect(xpathText(doc, "/doc/@themename")).toBe("orion");
    expect(xpathText(doc, "/doc/auth/@id")).toBe("f33bc6752e3a434e231230f6");
    expect(xpathText(doc, "/doc/auth/@level")).toBe("16");
    expect(xpathText(doc, "/doc/auth")).toBe("f33bc6752e3a434e231230f6");
    expect(xpathText(doc, "/doc/tparams/username")).toBe("am@amoskvin.ca");
    expect(xpathText(doc, "/doc/tparams/password")).toBeUndefined();
    expect(xpathText(doc, "/doc/saved_filters")).toBe("");
  });

  it("ISPmanager 5 email.resume: an ok document with the envelope and no tparams", () => {
    const doc = parseXmlReply(fixture("regru-ispmgr5-email.resume.xml"), "email.resume");
    expect(xpathText(doc, "/doc/@func")).toBe("email.resume");
    expect(xpathText(doc, "/doc/@lang")).toBe("en");
    expect(xpathText(doc, "/doc/@binary")).toBe("/manager/ispmgr");
    expect(xpathText(doc, "/doc/ok")).toBe("");
    expect(xpathText(doc, "/doc/tparams")).toBeUndefined();
  });
});
