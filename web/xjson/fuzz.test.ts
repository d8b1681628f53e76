// @vitest-environment node
import { isDeepStrictEqual } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";

import { createEmulator } from "../mocks/emulator/core";
import {
  dangerous,
  deepDocument,
  mulberry32,
  mutatedText,
  type Random,
} from "../testing/fuzz-documents";
import { toCsv } from "./csv";
import { activeProps, propHint } from "./hints";
import type {
  BandModel,
  ColumnModel,
  FieldModel,
  ListModel,
  Messages,
  PageModel,
  RowModel,
} from "./model";
import { loadPage } from "./load-page";
import { parseAuth } from "./parse-auth";
import { parseDashboard } from "./parse-dashboard";
import { parseDesktop } from "./parse-desktop";
import { parseError } from "./parse-error";
import { fieldValue, fieldValues, hiddenByConditions, parseForm } from "./parse-form";
import { parseList } from "./parse-list";
import { parseNotify } from "./parse-notify";
import { followUpParams, parseOk } from "./parse-ok";
import { docOf, MalformedDocumentError, parsePage } from "./parse-page";
import { parseReport } from "./parse-report";
import { buttonState, needsSelection } from "./toolbar";
import { cellNumber, columnTotal } from "./totals";
import type { WireNode } from "./wire";

/**
 * Issue #7: the parsers survive any JSON a panel or a proxy could send. Real replies of the
 * emulator are mutated by a seeded generator (dropped keys, `null` and scalars where nodes were,
 * objects for arrays and back, `__proto__` and friends as keys and as `$name`s, 10,000-deep
 * nesting), round-tripped through JSON text as the request door would receive them, and run
 * through every parser and helper the app calls. Nothing may throw but MalformedDocumentError
 * from docOf, every model must be well formed, and every name-keyed map prototype-free.
 */
const SEED = 0x5eed_0007;
const DOCUMENTS = 10_000;

// ---------------------------------------------------------------------------------------------
// Base replies: real documents of the emulator core, as the request door receives them.

async function baseReplies(): Promise<string[]> {
  const emulator = createEmulator({ now: () => 1_780_000_000_000 });
  const ask = async (params: Record<string, string>, user = "admin") => {
    const body = new URLSearchParams({ out: "xjson", authinfo: `${user}:${user}`, ...params });
    const response = await emulator.handle(
      new Request("http://panel.test/dcimgr", { method: "POST", body }),
      "192.0.2.10",
    );
    return response.text();
  };
  const firstId = async (func: string, params: Record<string, string> = {}) => {
    const doc = (JSON.parse(await ask({ func, ...params })) as { doc: any }).doc;
    const elems = Array.isArray(doc.elem) ? doc.elem : [doc.elem];
    return String(elems[0]?.id?.$ ?? "1");
  };
  const server = await firstId("server");
  const user = await firstId("user");
  const calls: [Record<string, string>, string?][] = [
    [{ func: "desktop" }],
    [{ func: "desktop" }, "acme"],
    [{ func: "desktop", lang: "ru" }],
    [{ func: "dashboard" }],
    [{ func: "dashboard" }, "acme"],
    [{ func: "notify" }],
    [{ func: "server" }],
    [{ func: "server", p_cnt: "3", p_num: "2", p_col: "-name" }],
    [{ func: "server" }, "acme"],
    [{ func: "server.edit" }],
    [{ func: "server.edit", elid: server }],
    [{ func: "server.operations", elid: server }],
    [{ func: "server.filter" }],
    [{ func: "server.connection", elid: server }],
    [{ func: "user" }],
    [{ func: "user.edit", elid: user }],
    [{ func: "user.edit", lang: "ru" }],
    [{ func: "iplist", elid: server }],
    [{ func: "iplist.edit", plid: server }],
    [{ func: "traffic" }],
    [{ func: "traffic", period: "lastmonth" }],
    [{ func: "journal" }],
    [{ func: "switch" }],
    [{ func: "sshpubkey" }, "acme"],
    [{ func: "session" }],
    [{ func: "whoami" }],
    [{ func: "auth", username: "admin", password: "admin" }],
    [{ func: "auth", username: "admin", password: "wrong" }],
    [{ func: "nosuch" }],
    [{ func: "user.edit", elid: "999999" }],
    [{ func: "server.reboot", elid: server }],
    [{ func: "server.disable", elid: server }],
    [{ func: "user.edit", elid: user, sok: "ok" }],
  ];
  const replies: string[] = [];
  for (const [params, who] of calls) replies.push(await ask(params, who));
  return replies;
}

/** Document `index` of the run: its JSON text, as the network would deliver it. */
function documentText(random: Random, bases: string[], index: number): string {
  if (index % 250 === 0) return deepDocument(random);
  if (index % 97 === 0)
    return random.pick(["null", "[]", '"doc"', "{}", '{"doc":null}', '{"doc":[{}]}', '{"doc":7}']);
  return mutatedText(random, random.pick(bases));
}

// ---------------------------------------------------------------------------------------------
// Shape checks: what the types promise, checked at run time. Problems are collected, not thrown.

class Checker {
  readonly problems: string[] = [];
  constructor(private readonly where: string) {}
  fail(path: string, what: string) {
    if (this.problems.length < 50) this.problems.push(`${this.where} ${path}: ${what}`);
  }
  str(value: unknown, path: string) {
    if (typeof value !== "string") this.fail(path, `not a string (${typeof value})`);
  }
  optStr(value: unknown, path: string) {
    if (value !== undefined) this.str(value, path);
  }
  num(value: unknown, path: string) {
    if (typeof value !== "number" || !Number.isFinite(value)) this.fail(path, `not a number`);
  }
  bool(value: unknown, path: string) {
    if (typeof value !== "boolean") this.fail(path, "not a boolean");
  }
  oneOf(value: unknown, allowed: readonly unknown[], path: string) {
    if (!allowed.includes(value)) this.fail(path, `unexpected ${String(value)}`);
  }
  array<T>(value: T[], path: string, each: (item: T, path: string) => void) {
    if (!Array.isArray(value)) {
      this.fail(path, "not an array");
      return;
    }
    value.forEach((item, index) => each(item, `${path}[${index}]`));
  }
  /** A name-keyed map: prototype-free, own keys only, names not in it read as undefined. */
  dict<T>(value: Record<string, T>, path: string, each?: (item: T, path: string) => void) {
    if (typeof value !== "object" || (value as unknown) === null) {
      this.fail(path, "not a map");
      return;
    }
    if (Object.getPrototypeOf(value) !== null) this.fail(path, "map has a prototype");
    for (const name of dangerous)
      if (!Object.hasOwn(value, name) && value[name] !== undefined)
        this.fail(path, `inherits ${name}`);
    for (const key in value) if (!Object.hasOwn(value, key)) this.fail(path, `inherited ${key}`);
    if (each) for (const [key, item] of Object.entries(value)) each(item, `${path}{${key}}`);
  }
  messages(value: Messages, path: string) {
    this.dict(value, path, (item, at) => this.str(item, at));
  }
  column(column: ColumnModel, path: string) {
    this.str(column.name, `${path}.name`);
    this.str(column.title, `${path}.title`);
    this.optStr(column.hint, `${path}.hint`);
    this.oneOf(column.type, ["data", "msg", "indicator", "prop"], `${path}.type`);
    this.array(column.props, `${path}.props`, (prop, at) => {
      this.str(prop.name, `${at}.name`);
      this.str(prop.img, `${at}.img`);
      this.optStr(prop.value, `${at}.value`);
    });
  }
  row(row: RowModel, path: string) {
    this.str(row.key, `${path}.key`);
    this.dict(row.cells, `${path}.cells`, (cell, at) => {
      this.str(cell.text, `${at}.text`);
      this.dict(cell.attrs, `${at}.attrs`, (attr, attrAt) => this.str(attr, attrAt));
    });
  }
  field(field: FieldModel, path: string) {
    this.str(field.name, `${path}.name`);
    this.str(field.label, `${path}.label`);
    this.optStr(field.hint, `${path}.hint`);
    this.optStr(field.placeholder, `${path}.placeholder`);
    this.bool(field.required, `${path}.required`);
    this.bool(field.readonly, `${path}.readonly`);
    this.array(field.conditions, `${path}.conditions`, (cond, at) => {
      this.optStr(cond.value, `${at}.value`);
      this.bool(cond.otherwise, `${at}.otherwise`);
      this.array(cond.hide, `${at}.hide`, (name, where) => {
        this.str(name, where);
      });
      this.array(cond.shadow, `${at}.shadow`, (name, where) => {
        this.str(name, where);
      });
    });
    if (field.kind === "checkbox") this.bool(field.value, `${path}.value`);
    else if (field.kind === "textdata" || field.kind === "desc")
      this.str(field.text, `${path}.text`);
    else if (field.kind === "htmldata") this.str(field.html, `${path}.html`);
    else if (field.kind === "unsupported") this.str(field.control, `${path}.control`);
    else {
      const value = fieldValue(field);
      if (value !== undefined) this.str(value, `${path}.value`);
    }
    if (field.kind === "select")
      this.array(field.options, `${path}.options`, (option, at) => {
        this.str(option.key, `${at}.key`);
        this.str(option.label, `${at}.label`);
        this.optStr(option.depend, `${at}.depend`);
      });
  }
  band(band: BandModel, path: string) {
    this.str(band.name, `${path}.name`);
    this.str(band.title, `${path}.title`);
    this.array(band.columns, `${path}.columns`, (c, at) => this.column(c, at));
    this.array(band.rows, `${path}.rows`, (r, at) => this.row(r, at));
    this.array(band.diagrams, `${path}.diagrams`, (diagram, at) => {
      this.str(diagram.type, `${at}.type`);
      this.str(diagram.label, `${at}.label`);
      this.array(diagram.data, `${at}.data`, (name, nameAt) => this.str(name, nameAt));
    });
  }
  list(list: ListModel, path: string) {
    this.str(list.func, `${path}.func`);
    this.str(list.title, `${path}.title`);
    this.str(list.key, `${path}.key`);
    this.str(list.keyname, `${path}.keyname`);
    this.optStr(list.plid, `${path}.plid`);
    this.messages(list.messages, `${path}.messages`);
    this.array(list.columns, `${path}.columns`, (c, at) => this.column(c, at));
    this.array(list.rows, `${path}.rows`, (r, at) => this.row(r, at));
    this.array(list.filter, `${path}.filter`, (f, at) => this.str(f, at));
    this.num(list.page.number, `${path}.page.number`);
    this.num(list.page.size, `${path}.page.size`);
    this.num(list.page.total, `${path}.page.total`);
    this.array(list.breadcrumb, `${path}.breadcrumb`, (crumb, at) => {
      this.str(crumb.func, `${at}.func`);
      this.str(crumb.name, `${at}.name`);
      this.dict(crumb.params, `${at}.params`, (value, valueAt) => this.str(value, valueAt));
    });
    this.array(list.toolbar, `${path}.toolbar`, (group, at) => {
      this.str(group.name, `${at}.name`);
      this.array(group.buttons, `${at}.buttons`, (button, buttonAt) => {
        for (const key of ["name", "func", "type", "caption"] as const)
          this.str(button[key], `${buttonAt}.${key}`);
        for (const key of ["img", "hint", "confirm"] as const)
          this.optStr(button[key], `${buttonAt}.${key}`);
        this.array(button.conditions, `${buttonAt}.conditions`, (cond, condAt) => {
          this.str(cond.name, `${condAt}.name`);
          this.str(cond.value, `${condAt}.value`);
        });
      });
    });
  }
  page(page: PageModel, path: string) {
    this.str(page.func, `${path}.func`);
    switch (page.kind) {
      case "list":
        this.list(page, path);
        break;
      case "form":
        this.str(page.title, `${path}.title`);
        this.str(page.elid, `${path}.elid`);
        this.messages(page.messages, `${path}.messages`);
        this.array(page.pages, `${path}.pages`, (formPage, at) => {
          this.str(formPage.name, `${at}.name`);
          this.str(formPage.title, `${at}.title`);
          this.array(formPage.fields, `${at}.fields`, (f, fieldAt) => this.field(f, fieldAt));
        });
        this.array(page.buttons, `${path}.buttons`, (button, at) => {
          this.str(button.name, `${at}.name`);
          this.str(button.type, `${at}.type`);
          this.str(button.caption, `${at}.caption`);
          this.optStr(button.func, `${at}.func`);
        });
        break;
      case "report":
        this.str(page.title, `${path}.title`);
        this.optStr(page.info, `${path}.info`);
        this.messages(page.messages, `${path}.messages`);
        this.array(page.fields, `${path}.fields`, (f, at) => this.field(f, at));
        this.array(page.bands, `${path}.bands`, (b, at) => this.band(b, at));
        break;
      case "dashboard":
        this.str(page.title, `${path}.title`);
        this.array(page.blocks, `${path}.blocks`, (block, at) => {
          for (const key of ["name", "title", "type"] as const)
            this.str(block[key], `${at}.${key}`);
          this.oneOf(block.position, ["top", "left", "right"], `${at}.position`);
          this.optStr(block.func, `${at}.func`);
          this.array(block.columns, `${at}.columns`, (c, cAt) => this.str(c, cAt));
          this.array(block.links, `${at}.links`, (link, linkAt) => {
            for (const key of ["name", "title", "func"] as const)
              this.str(link[key], `${linkAt}.${key}`);
          });
        });
        break;
      case "unsupported":
        this.str(page.type, `${path}.type`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Every entry point the app calls, and the helpers views run on the models.

/**
 * A model's maps copied by assignment into plain objects, as a query cache's structural sharing
 * does: `__proto__` becomes the prototype and `constructor` is inherited again. The helpers must
 * read such maps too.
 */
function plainCopy(list: ListModel): ListModel {
  const plain = <T>(map: Record<string, T>): Record<string, T> => Object.assign({}, map);
  const rows = list.rows.map((row) => {
    const cells = plain(row.cells);
    for (const name of Object.keys(cells)) {
      const cell = cells[name];
      if (cell) cells[name] = { ...cell, attrs: plain(cell.attrs) };
    }
    return { ...row, cells };
  });
  return { ...list, messages: plain(list.messages), rows };
}

function exerciseList(list: ListModel, check: Checker, copies = true): void {
  if (copies) exerciseList(plainCopy(list), check, false);
  check.str(toCsv(list.columns, list.rows, list.messages), "toCsv");
  const rows = list.rows.slice(0, 20);
  for (const column of list.columns) {
    check.optStr(columnTotal(column, rows, "en"), `columnTotal(${column.name})`);
    for (const row of rows.slice(0, 5)) {
      check.num(cellNumber(row, column.name), `cellNumber(${column.name})`);
      for (const { prop, value } of activeProps(column, row))
        check.str(propHint(list.messages, prop.name, value), `propHint(${prop.name})`);
    }
  }
  for (const button of list.toolbar.flatMap((group) => group.buttons)) {
    check.bool(needsSelection(button), `needsSelection(${button.name})`);
    for (const selected of [[], rows.slice(0, 1), rows.slice(0, 3)])
      check.oneOf(buttonState(button, selected), ["enabled", "disabled", "hidden"], "buttonState");
  }
}

function exerciseFields(fields: FieldModel[], check: Checker): void {
  const values = fieldValues(fields);
  check.dict(values, "fieldValues", (value, at) => check.str(value, at));
  for (const field of fields) check.optStr(fieldValue(field), `fieldValue(${field.name})`);
  const hidden = hiddenByConditions(fields, values);
  if (!(hidden instanceof Set)) check.fail("hiddenByConditions", "not a Set");
}

function exercisePage(page: PageModel, check: Checker): void {
  check.page(page, page.kind);
  if (page.kind === "list") exerciseList(page, check);
  if (page.kind === "form")
    exerciseFields(
      page.pages.flatMap((formPage) => formPage.fields),
      check,
    );
  if (page.kind === "report") {
    exerciseFields(page.fields, check);
    for (const band of page.bands) {
      check.str(toCsv(band.columns, band.rows, page.messages), "band toCsv");
      for (const column of band.columns)
        check.optStr(columnTotal(column, band.rows, "en"), `columnTotal(${column.name})`);
      for (const diagram of band.diagrams)
        for (const row of band.rows.slice(0, 5))
          for (const name of diagram.data) check.num(cellNumber(row, name), "cellNumber");
    }
  }
}

/** Runs one document through every entry point; returns thrown errors and shape problems. */
function runDocument(text: string): { thrown: unknown[]; problems: string[]; malformed: boolean } {
  const thrown: unknown[] = [];
  const check = new Checker("");
  const guard = (entry: string, run: () => void) => {
    try {
      run();
    } catch (error) {
      thrown.push(
        Object.assign(error instanceof Error ? error : new Error(String(error)), { entry }),
      );
    }
  };
  let doc: WireNode | undefined;
  try {
    doc = docOf(JSON.parse(text) as unknown);
  } catch (error) {
    const malformed = error instanceof MalformedDocumentError;
    if (!malformed) thrown.push(Object.assign(error as Error, { entry: "docOf" }));
    return { thrown, problems: [], malformed };
  }
  const d = doc;
  const pages = [parsePage, parseList, parseForm, parseReport, parseDashboard] as const;
  for (const parse of pages) {
    let page: PageModel | undefined;
    guard(parse.name, () => (page = parse(d)));
    if (page) {
      const model = page;
      guard(`${model.kind} helpers`, () => exercisePage(model, check));
    }
  }
  guard("parseError", () => {
    const error = parseError(d);
    if (error)
      for (const key of ["type", "object", "value", "message"] as const)
        check.str(error[key], `error.${key}`);
  });
  guard("parseOk", () => {
    const ok = parseOk(d);
    if (!ok) return;
    check.optStr(ok.text, "ok.text");
    check.dict(ok.created, "ok.created", (value, at) => check.str(value, at));
    const params = followUpParams(ok.text);
    if (params) check.dict(params, "followUpParams", (value, at) => check.str(value, at));
  });
  guard("parseAuth", () => {
    const auth = parseAuth(d);
    if (!auth) return;
    check.str(auth.sessionId, "auth.sessionId");
    check.num(auth.level, "auth.level");
  });
  guard("parseDesktop", () => {
    const desktop = parseDesktop(d);
    check.optStr(desktop.startpage, "desktop.startpage");
    check.optStr(desktop.username, "desktop.username");
    if (desktop.level !== undefined) check.num(desktop.level, "desktop.level");
    check.array(desktop.groups, "desktop.groups", (group, at) => {
      check.str(group.name, `${at}.name`);
      check.str(group.title, `${at}.title`);
      check.array(group.items, `${at}.items`, (item, itemAt) => {
        for (const key of ["name", "title", "action", "type"] as const)
          check.str(item[key], `${itemAt}.${key}`);
      });
    });
  });
  guard("parseNotify", () => {
    const notify = parseNotify(d);
    check.num(notify.timeoutSec, "notify.timeoutSec");
    check.array(notify.items, "notify.items", (item, at) => {
      for (const key of ["name", "text", "hint"] as const) check.str(item[key], `${at}.${key}`);
      check.optStr(item.action, `${at}.action`);
    });
  });
  return { thrown, problems: check.problems, malformed: false };
}

// ---------------------------------------------------------------------------------------------

function kindOf(error: unknown): string {
  const entry = (error as { entry?: string }).entry ?? "?";
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  // Group by the shape of the message, not by the names and values in it.
  return `${entry} ${message.replace(/\d+/g, "N").slice(0, 100)}`;
}

describe(`xjson fuzz (seed ${SEED})`, () => {
  let bases: string[] = [];
  beforeAll(async () => {
    bases = await baseReplies();
  });

  it("has real base replies of every kind", () => {
    const kinds = bases.map((text) => {
      const doc = docOf(JSON.parse(text));
      if (parseError(doc)) return "error";
      if (parseOk(doc)) return "ok";
      if (parseAuth(doc)) return "auth";
      if (doc.mainmenu) return "desktop";
      if (doc.notify) return "notify";
      return parsePage(doc).kind;
    });
    const wanted = ["desktop", "notify", "list", "form", "report", "dashboard", "error", "ok"];
    expect(kinds).toEqual(expect.arrayContaining([...wanted, "auth", "unsupported"]));
  });

  it(`parses ${DOCUMENTS} mutated documents without throwing, into well-formed models`, () => {
    const random = mulberry32(SEED);
    const before = Object.getOwnPropertyNames(Object.prototype).join();
    const failures: { index: number; kind: string }[] = [];
    const failedDocuments = new Set<number>();
    const problems = new Map<string, { first: string; count: number }>();
    let malformed = 0;
    let ran = 0;
    for (let index = 0; index < DOCUMENTS; index += 1, ran += 1) {
      const text = documentText(random, bases, index);
      const result = runDocument(text);
      if (result.malformed) malformed += 1;
      for (const error of result.thrown) failures.push({ index, kind: kindOf(error) });
      if (result.thrown.length > 0) failedDocuments.add(index);
      for (const problem of result.problems) {
        const kind = problem.replace(/\[\d+\]/g, "[]").replace(/\{[^}]*\}/g, "{}");
        const seen = problems.get(kind) ?? { first: `#${index}${problem}`, count: 0 };
        problems.set(kind, { ...seen, count: seen.count + 1 });
      }
    }
    const byKind = new Map<string, number>();
    for (const { kind } of failures) byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
    const summary = [...byKind].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n} × ${k}`);
    const first = failures.slice(0, 10).map(({ index, kind }) => `#${index} ${kind}`);
    expect(
      {
        exceptions: failures.length,
        documents: failedDocuments.size,
        summary,
        first,
        problems: [...problems.values()].map(({ first, count }) => `${count} × ${first}`),
      },
      `seed ${SEED}: ${failures.length} exceptions in ${failedDocuments.size} documents`,
    ).toEqual({ exceptions: 0, documents: 0, summary: [], first: [], problems: [] });
    expect(({} as Record<string, unknown>).polluted, `seed ${SEED}: polluted`).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).join(), `seed ${SEED}`).toBe(before);
    expect(malformed, "some documents are not mgr5 documents at all").toBeGreaterThan(0);
    expect(ran).toBe(10_000);
  }, 120_000);

  it("reads mutated documents with loadPage into the models parsePage gives", async () => {
    const random = mulberry32(SEED);
    const differ: number[] = [];
    for (let index = 0; index < 2_000; index += 1) {
      let doc: WireNode;
      try {
        doc = docOf(JSON.parse(documentText(random, bases, index)) as unknown);
      } catch {
        continue;
      }
      let expected: PageModel | undefined;
      try {
        expected = parsePage(doc);
      } catch {
        // The run above reports parsers that throw.
        continue;
      }
      if (!isDeepStrictEqual(await loadPage(doc), expected)) differ.push(index);
    }
    expect(differ, `seed ${SEED}: documents loadPage reads otherwise`).toEqual([]);
  }, 120_000);
});
