// @vitest-environment node
/**
 * The emulator against what real mgr5 panels send and what public clients read (issue #9;
 * evidence/*.md, web/xjson/fixtures/real/). Real captures are compared by SHAPE, not by value:
 * which kinds of node are arrays, objects or plain strings.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

import { testPanel } from "../../testing/emulator-client";
import { parseError } from "../../xjson/parse-error";
import type { WireNode } from "../../xjson/wire";
import { createEmulator, type Emulator } from "./core";

const base = "http://panel.test";
const ip = "192.0.2.10";
const realDir = join(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "xjson",
  "fixtures",
  "real",
);

type Json = string | Json[] | { [key: string]: Json };
type Doc = Record<string, any>;

function realFixture(name: string): Json {
  return JSON.parse(readFileSync(join(realDir, name), "utf8")) as Json;
}

async function call(emulator: Emulator, query: string, path = "/dcimgr"): Promise<Response> {
  const response = await emulator.handle(new Request(`${base}${path}?${query}`), ip);
  expect(response.status).toBe(200);
  return response;
}

async function json(emulator: Emulator, query: string, path?: string): Promise<Json> {
  return (await (await call(emulator, query, path)).json()) as Json;
}

async function doc(emulator: Emulator, query: string, path?: string): Promise<Doc> {
  return ((await json(emulator, query, path)) as { doc: Doc }).doc;
}

async function text(emulator: Emulator, query: string, path?: string): Promise<string> {
  return (await call(emulator, query, path)).text();
}

/**
 * The shape of a JSON document: for every element path (names joined by `/`, array members
 * merged, a row's cells and a dictionary's keys as `*`), whether it is an array, an object or a
 * string. `$` attributes and text are values, not shape, and are left out.
 */
function shapeOf(value: Json): Map<string, string> {
  const shapes = new Map<string, string>();
  const walk = (node: Json, path: string, parent: string) => {
    const members = Array.isArray(node) ? node : [node];
    const kind = Array.isArray(node) ? "array" : typeof node === "string" ? "string" : "object";
    const seen = shapes.get(path);
    shapes.set(path, seen === undefined || seen === kind ? kind : "mixed");
    for (const member of members) {
      if (typeof member !== "object" || Array.isArray(member)) continue;
      for (const [key, child] of Object.entries(member)) {
        if (key.startsWith("$")) continue;
        // Cells of a row and keys of `messages.msg` are names of the data, not of the format.
        const name = parent === "elem" || path.endsWith("messages/msg") ? "*" : key;
        walk(child, `${path}/${name}`, key);
      }
    }
  };
  walk(value, "", "");
  return shapes;
}

/** The paths both documents have, with their two shapes where they differ. */
function shapeDifferences(ours: Json, real: Json): { common: string[]; differ: string[] } {
  const a = shapeOf(ours);
  const b = shapeOf(real);
  const common = [...a.keys()].filter((path) => b.has(path));
  const differ = common
    .filter((path) => a.get(path) !== b.get(path))
    .map((path) => `${path}: emulator ${a.get(path) ?? ""}, real ${b.get(path) ?? ""}`);
  return { common, differ };
}

describe("out=sjson has the shape of a real ISPmanager 6 reply (evidence/khorsa-ispmanager-api.md)", () => {
  it("a list: the emulator's `user` list against the real `webdomain` list", async () => {
    const ours = await json(createEmulator(), "authinfo=admin:admin&out=sjson&func=user");
    const real = realFixture("khorsa-ispmgr6-webdomain.json");
    const { common, differ } = shapeDifferences(ours, real);
    expect(differ).toEqual([]);
    // Enough in common to mean something: rows, cells, columns, buttons and their rules, paging.
    expect(common).toEqual(
      expect.arrayContaining([
        "/doc",
        "/doc/elem",
        "/doc/elem/*",
        "/doc/messages",
        "/doc/messages/msg",
        "/doc/messages/msg/*",
        "/doc/metadata",
        "/doc/metadata/coldata",
        "/doc/metadata/coldata/col",
        "/doc/metadata/toolbar",
        "/doc/metadata/toolbar/toolgrp",
        "/doc/metadata/toolbar/toolgrp/toolbtn",
        "/doc/metadata/toolbar/toolgrp/toolbtn/hide",
        "/doc/p_cnt",
        "/doc/p_elems",
        "/doc/p_num",
        "/doc/tparams",
        "/doc/tparams/func",
        "/doc/tparams/out",
      ]),
    );
  });

  it("a one-row list still sends `elem` as an array, its cells as objects", async () => {
    const ours = (await json(createEmulator(), "authinfo=acme:acme&out=sjson&func=sshpubkey")) as {
      doc: Doc;
    };
    expect(ours.doc.elem).toHaveLength(1);
    expect(ours.doc.elem[0].name).toEqual({ $: "deploy" });
    expect(ours.doc.p_num).toEqual({ $: "1" });
  });

  it("an error: the emulator's bad authinfo against the real one", async () => {
    const ours = await json(
      createEmulator(),
      "authinfo=admin:wrong&out=sjson&func=session.newkey&username=acme",
    );
    const real = realFixture("khorsa-ispmgr6-session.newkey-error.json");
    // Same elements, same shapes: doc.error {detail, msg, param[]}, nothing else on doc.
    expect([...shapeOf(ours)]).toEqual([...shapeOf(real)]);
    const error = (ours as { doc: Doc }).doc.error;
    expect(Object.keys((ours as { doc: Doc }).doc)).toEqual(["error"]);
    expect(error.$type).toBe("auth");
    expect(error.$object).toBe("badpassword");
    expect(error.$lang).toBe("en");
  });

  it("an ok: the emulator's user.delete against the real one", async () => {
    const emulator = createEmulator();
    await call(
      emulator,
      "authinfo=admin:admin&out=json&func=user.edit&sok=ok&name=gone&passwd=Gone-pass-1&confirm=Gone-pass-1&level=16",
    );
    const ours = await json(
      emulator,
      "authinfo=admin:admin&out=sjson&func=user.delete&elid=gone&sok=ok",
    );
    expect((ours as { doc: Doc }).doc.ok).toEqual({});
    const real = realFixture("khorsa-ispmgr6-user.delete.json");
    const { common, differ } = shapeDifferences(ours, real);
    expect(differ).toEqual([]);
    expect(common).toEqual(
      expect.arrayContaining(["/doc/ok", "/doc/tparams", "/doc/tparams/elid", "/doc/tparams/func"]),
    );
  });

  it("lists children by name, as the real reply does", async () => {
    const ours = (await json(createEmulator(), "authinfo=admin:admin&out=sjson&func=user")) as {
      doc: Doc;
    };
    const elements = Object.keys(ours.doc).filter((key) => !key.startsWith("$"));
    expect(elements).toEqual([...elements].sort());
    const cells = Object.keys(ours.doc.elem[0] as Doc);
    expect(cells).toEqual([...cells].sort());
  });

  it("keeps json and xjson as they were: a single child is a bare object there", async () => {
    const ours = await doc(createEmulator(), "authinfo=acme:acme&out=json&func=sshpubkey");
    expect(Array.isArray(ours.elem)).toBe(false);
    expect(ours.elem.name.$).toBe("deploy");
  });
});

describe("errors carry `detail` (evidence/khorsa-ispmanager-api.md, other-mgr5-clients.md §3, §6)", () => {
  const bad = "authinfo=admin:wrong&func=server";

  it.each(["json", "xjson", "sjson", "JSONdata"])(
    "out=%s: doc.error.detail.$ is the message, next to msg and the params",
    async (out) => {
      const error = (await doc(createEmulator(), `${bad}&out=${out}`)).error;
      // Khorsa/php-ispmanager-api src/IspFunctionsAbstract.php:38: `isset(doc.error.detail.$)`.
      expect(error.detail.$).toBe("Invalid username or password");
      expect(error.msg.$).toBe(error.detail.$);
      expect(error.param).toHaveLength(2);
    },
  );

  it.each(["xml", "devel"])("out=%s: <detail> before <msg>, as BILLmanager sends", async (out) => {
    const body = await text(createEmulator(), `${bad}&out=${out}`);
    expect(body).toMatch(
      /<detail>Invalid username or password<\/detail>\s*<msg>Invalid username or password<\/msg>/,
    );
  });

  it("decodes as the Go webhook's APIError: detail and msg are {$} objects", async () => {
    const body = (await json(createEmulator(), "authinfo=admin:admin&out=json&func=nosuch")) as {
      doc: { error: { detail: unknown; msg: unknown } };
    };
    expect(body.doc.error.detail).toEqual({ $: "Unknown function 'nosuch'" });
    expect(body.doc.error.msg).toEqual({ $: "Unknown function 'nosuch'" });
  });

  it("holds a field error's own text, in the asked language", async () => {
    const error = (
      await doc(
        createEmulator(),
        "authinfo=admin:admin&out=json&lang=ru&func=session.newkey&username=acme&key=short",
      )
    ).error;
    expect(error.$object).toBe("key");
    expect(error.detail.$).toBe(error.msg.$);
    expect(error.detail.$).toMatch(/key/);
  });

  it("leaves the console's error model as it was: the message is msg", async () => {
    const ours = await doc(createEmulator(), `${bad}&out=xjson`);
    expect(parseError(ours as WireNode)).toEqual({
      type: "auth",
      object: "badpassword",
      value: "",
      message: "Invalid username or password",
    });
  });
});

describe("rows the public clients read (evidence/node-dcimanager.md, python-dcim-jsondata.md)", () => {
  it("pdu rows carry rack_id: node-dcimanager finds a rack's PDUs by it (lib/dcimanager.js:181)", async () => {
    const emulator = createEmulator();
    const racks = await doc(emulator, "authinfo=admin:admin&out=json&func=rack");
    const r01 = (racks.elem as Doc[]).find((rack) => rack.name.$ === "R01");
    const pdus = (await doc(emulator, "authinfo=admin:admin&out=json&func=pdu")).elem as Doc[];
    const inR01 = pdus.filter((pdu) => pdu.rack_id.$ == r01?.id.$);
    expect(inR01.map((pdu) => pdu.name.$)).toEqual(["pdu-r01-a"]);
    for (const pdu of pdus)
      expect(pdu.rack.$).toBe(racks.elem.find((rack: Doc) => rack.id.$ === pdu.rack_id.$).name.$);
  });

  it("pdu.port rows carry power 1/0 (lib/pduport.js:54-62) and follow pdu.off/pdu.on", async () => {
    const emulator = createEmulator();
    const ports = async () =>
      (await doc(emulator, "authinfo=admin:admin&out=json&func=pdu.port&elid=3")).elem as Doc[];
    const before = await ports();
    expect(before[0]?.power.$).toBe("1");
    await call(
      emulator,
      `authinfo=admin:admin&out=json&func=pdu.off&elid=${before[0]?.id.$ as string}&sok=ok`,
    );
    const after = await ports();
    expect(after[0]?.power.$).toBe("0");
    expect(after[1]?.power.$).toBe("1");
  });

  it("switch.port rows carry an identity unique across switches (lib/switchport.js:16)", async () => {
    const emulator = createEmulator();
    const identities: string[] = [];
    for (const elid of ["1", "2"]) {
      const rows = (
        await doc(emulator, `authinfo=admin:admin&out=json&func=switch.port&elid=${elid}`)
      ).elem as Doc[];
      for (const row of rows) identities.push(row.identity.$ as string);
    }
    expect(identities[0]).toBe("1:1");
    expect(new Set(identities).size).toBe(identities.length);
  });

  it("server rows carry gen_chassis_name for the Python JSONdata script (its lines 37-45)", async () => {
    const emulator = createEmulator();
    const rows = (await json(emulator, "authinfo=admin:admin&out=JSONdata&func=server")) as Record<
      string,
      string
    >[];
    const descriptions = new Map(
      emulator.state.chassisTemplates.map((t) => [t.name, t.description]),
    );
    for (const row of rows) {
      expect(row.gen_chassis_name).toBe(descriptions.get(row.chassis_templ ?? ""));
    }
    // A customer sees no server type, neither the column nor its description.
    const customer = (await json(
      emulator,
      "authinfo=acme:acme&out=JSONdata&func=server",
    )) as Record<string, string>[];
    expect(customer[0]?.gen_chassis_name).toBeUndefined();
  });

  it("none of them is a new visible column", async () => {
    const emulator = createEmulator();
    const columnsOf = async (query: string) =>
      (
        (await doc(emulator, `authinfo=admin:admin&out=xjson&${query}`)).metadata.coldata
          .col as Doc[]
      ).map((col) => col.$name as string);
    expect(await columnsOf("func=pdu")).not.toContain("rack_id");
    expect(await columnsOf("func=pdu.port&elid=3")).not.toContain("power");
    expect(await columnsOf("func=switch.port&elid=1")).not.toContain("identity");
    expect(await columnsOf("func=server")).not.toContain("gen_chassis_name");
  });
});

describe("the document envelope (evidence/khorsa-ispmanager-api.md, fixtures/real/README.md)", () => {
  it("carries binary, host and themename, as the real replies do", async () => {
    const emulator = createEmulator();
    const direct = await doc(emulator, "authinfo=admin:admin&out=json&func=rack");
    expect(direct.$binary).toBe("/dcimgr");
    expect(direct.$host).toBe("http://panel.test");
    expect(direct.$themename).toBe("orion");
    expect(direct.$func).toBe("rack");
    expect(direct.$lang).toBe("en");
    // ISPmanager 5 said `/manager/ispmgr` when called through /manager/ (regru-ispmgr5-email.resume.xml).
    const managed = await doc(
      emulator,
      "authinfo=admin:admin&out=json&func=rack",
      "/manager/dcimgr",
    );
    expect(managed.$binary).toBe("/manager/dcimgr");
  });

  it("carries them in XML too, on an ok", async () => {
    const emulator = createEmulator();
    const body = await text(
      emulator,
      "authinfo=admin:admin&out=xml&func=server.poweron&elid=1&sok=ok",
    );
    expect(body).toMatch(
      /<doc func="server.poweron" lang="en" binary="\/dcimgr" host="http:\/\/panel.test" themename="orion">/,
    );
    expect(body).toContain("<ok/>");
  });

  it("an error document has no attributes on doc, only error", async () => {
    const emulator = createEmulator();
    const xml = await text(emulator, "authinfo=admin:wrong&out=xml&func=server");
    expect(xml).toMatch(/<doc>\s*<error type="auth" object="badpassword" lang="en">/);
    const body = (await json(emulator, "authinfo=admin:wrong&out=json&func=server")) as {
      doc: Doc;
    };
    expect(Object.keys(body.doc)).toEqual(["error"]);
  });
});

describe("switch.port.refresh", () => {
  it("takes the identity node-dcimanager reads from the port list and answers ok", async () => {
    const admin = testPanel().as("admin");
    const ports = await admin({ func: "switch.port", elid: "1" });
    const identity = ports.elem[0].identity.$ as string;
    expect((await admin({ func: "switch.port.refresh", elid: identity })).ok).toEqual({});
    expect((await admin({ func: "switch.port.refresh", elid: "9:999" })).error.$type).toBe(
      "missed",
    );
    expect(
      (await testPanel().as("acme")({ func: "switch.port.refresh", elid: identity })).error.$type,
    ).toBe("access");
  });
});
