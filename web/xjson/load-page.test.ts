// @vitest-environment node
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { createEmulator } from "../mocks/emulator/core";
import type { PageModel } from "./model";
import { docOf, parsePage } from "./parse-page";
import type { WireNode } from "./wire";

/** A document as the request door gets it: from JSON text, so `__proto__` is an own key. */
function wire(json: string): WireNode {
  return docOf(JSON.parse(json));
}

/** A fresh copy of load-page.ts, whose parsers have not been loaded yet. */
async function freshLoader() {
  vi.resetModules();
  return import("./load-page");
}

type Kind = "list" | "form" | "report" | "dashboard" | "ok";

/** Real replies of the emulator core, one of each kind of page. */
async function realReplies(): Promise<Record<Kind, WireNode>> {
  const emulator = createEmulator({ now: () => 1_780_000_000_000 });
  const ask = async (params: Record<string, string>) => {
    const body = new URLSearchParams({ out: "xjson", authinfo: "admin:admin", ...params });
    const response = await emulator.handle(
      new Request("http://panel.test/dcimgr", { method: "POST", body }),
      "192.0.2.10",
    );
    return wire(await response.text());
  };
  return {
    list: await ask({ func: "server" }),
    form: await ask({ func: "server.edit", elid: "1" }),
    report: await ask({ func: "traffic", period: "lastmonth" }),
    dashboard: await ask({ func: "dashboard" }),
    ok: await ask({ func: "server.reboot", elid: "1", sok: "ok" }),
  };
}

describe("loadPage", () => {
  let real: Record<Kind, WireNode>;
  beforeAll(async () => {
    real = await realReplies();
  });
  beforeEach(() => {
    vi.doUnmock("./parse-form");
    vi.doUnmock("./parse-report");
    vi.doUnmock("./parse-dashboard");
  });

  it("reads every kind of page into the model parsePage gives", async () => {
    const { loadPage } = await freshLoader();
    for (const kind of ["list", "form", "report", "dashboard", "ok"] as const) {
      const doc = real[kind];
      const page = await loadPage(doc);
      expect(page.kind, kind).toBe(kind);
      expect(page, kind).toEqual(parsePage(doc));
    }
    const tree = wire('{"doc": {"$func": "x.tree", "metadata": {"$type": "tree"}}}');
    expect(await loadPage(tree)).toEqual({ kind: "unsupported", func: "x.tree", type: "tree" });
  });

  it("reads malformed documents as parsePage does: placeholders, never a throw", async () => {
    const { loadPage } = await freshLoader();
    const deep = `${'{"$name": "b", "band": ['.repeat(10_000)}{}${"]}".repeat(10_000)}`;
    const bodies = [
      "{}",
      '{"metadata": null}',
      '{"metadata": 5, "ok": {}}',
      '{"metadata": {"$type": {"$": "form"}}}',
      '{"metadata": {"$type": ["form", "report"]}}',
      '{"metadata": {"$type": "__proto__"}}',
      '{"metadata": {"$type": "constructor"}}',
      '{"metadata": {"$type": "toString"}, "$func": {"__proto__": 1}}',
      '{"metadata": {"$type": "form", "form": [null, 5, {"page": "x"}]}, "slist": 7}',
      '{"metadata": {"$type": "form", "form": {"field": {"$name": "__proto__", "input": {}}}}}',
      '{"metadata": {"$type": "report", "band": [null, 7]}, "reportdata": "x"}',
      `{"metadata": {"$type": "report", "band": ${deep}}}`,
      '{"metadata": {"$type": "dashboard", "dashboard": [null, {"block": 5}]}}',
      '{"metadata": {"$type": "list", "coldata": "x"}, "elem": [null, 5]}',
      '{"doc": {"doc": {"metadata": {"$type": "form"}}}}',
    ].map((doc) => `{"doc": ${doc}}`);
    for (const body of bodies) {
      const expected: PageModel = parsePage(wire(body));
      await expect(loadPage(wire(body)), body.slice(0, 80)).resolves.toEqual(expected);
    }
  });

  it("loads a kind's parser only when a page of that kind comes", async () => {
    const asked: string[] = [];
    for (const kind of ["form", "report", "dashboard"] as const)
      vi.doMock(`./parse-${kind}`, async (original: () => Promise<object>) => {
        asked.push(kind);
        return original();
      });
    const { loadPage } = await freshLoader();
    await loadPage(real.list);
    await loadPage(real.ok);
    expect(asked).toEqual([]);
    await loadPage(real.report);
    // The report parser reads its parameters with the form's field parser.
    expect(asked).toEqual(["report", "form"]);
    await loadPage(real.report);
    await loadPage(real.form);
    expect(asked).toEqual(["report", "form"]);
  });

  it("fails with ParserLoadError when a parser cannot load, and asks for it again next time", async () => {
    let online = false;
    let asked = 0;
    vi.doMock("./parse-form", async (original: () => Promise<object>) => {
      asked += 1;
      if (!online) throw new TypeError("Failed to fetch dynamically imported module");
      return original();
    });
    const { loadPage, ParserLoadError } = await freshLoader();
    const form = real.form;
    const failure: unknown = await loadPage(form).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ParserLoadError);
    expect(failure).toMatchObject({ name: "ParserLoadError", pageKind: "form" });
    // The import's own failure stays attached, for the log.
    expect((failure as Error).cause).toBeInstanceOf(Error);
    expect(asked).toBe(1);
    online = true;
    await expect(loadPage(form)).resolves.toEqual(parsePage(form));
    expect(asked).toBe(2);
  });
});

describe("preloadParser", () => {
  it("loads the parser a coming page needs ahead of its reply, once", async () => {
    const asked: string[] = [];
    for (const kind of ["form", "report", "dashboard"] as const)
      vi.doMock(`./parse-${kind}`, async (original: () => Promise<object>) => {
        asked.push(kind);
        return original();
      });
    const { loadPage, preloadParser } = await freshLoader();
    for (const kind of [undefined, "", "list", "ok", "tree", "__proto__", "constructor"])
      preloadParser(kind);
    preloadParser("dashboard");
    await vi.waitFor(() => {
      expect(asked).toEqual(["dashboard"]);
    });
    await loadPage(wire('{"doc": {"metadata": {"$type": "dashboard"}}}'));
    expect(asked).toEqual(["dashboard"]);
  });

  it("leaves a failed preload to the page's own load, which asks again", async () => {
    let online = false;
    let asked = 0;
    vi.doMock("./parse-dashboard", async (original: () => Promise<object>) => {
      asked += 1;
      if (!online) throw new TypeError("Failed to fetch dynamically imported module");
      return original();
    });
    const { loadPage, preloadParser } = await freshLoader();
    preloadParser("dashboard");
    await vi.waitFor(() => {
      expect(asked).toBe(1);
    });
    online = true;
    const page = await loadPage(wire('{"doc": {"metadata": {"$type": "dashboard"}}}'));
    expect(page.kind).toBe("dashboard");
    expect(asked).toBe(2);
  });
});
