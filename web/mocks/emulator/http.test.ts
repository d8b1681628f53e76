// @vitest-environment node
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createControl } from "./control";
import { createEmulator } from "./core";
import { createEmulatorServer } from "./node-server";
import { loadState, saveState } from "./persistence";

const emulator = createEmulator();
const control = createControl(emulator);
const server = createEmulatorServer({ emulator, control });
let base = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(
  () =>
    new Promise<void>((resolve) =>
      server.close(() => {
        resolve();
      }),
    ),
);

async function xml(query: string): Promise<string> {
  const response = await fetch(`${base}/dcimgr?${query}`);
  expect(response.status).toBe(200);
  return response.text();
}

/** Every `<tag>text</tag>` under `<elem>`s, like the guide's `doc/elem/name` XPath. */
function elemValues(document: string, tag: string): string[] {
  return [...document.matchAll(/<elem>([\s\S]*?)<\/elem>/g)].map(
    (match) => new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(match[1] ?? "")?.[1] ?? "",
  );
}

describe("the vendor guide's examples over HTTP", () => {
  it("lists servers with curl-style authinfo in every output", async () => {
    const document = await xml("authinfo=admin:admin&out=xml&func=server");
    expect(elemValues(document, "name")).toHaveLength(10);
    expect(await xml("authinfo=admin:admin&out=text&func=server")).toMatch(/^id=1 name=S-R01-01 /);
    const json = await (
      await fetch(`${base}/dcimgr?authinfo=admin:admin&out=json&func=server`)
    ).json();
    expect(json.doc.elem[0].name.$).toBe("S-R01-01");
    const xjson = await (
      await fetch(`${base}/manager/dcimgr?authinfo=admin:admin&out=xjson&func=server`)
    ).json();
    expect(xjson.doc.metadata.coldata.col[0].$name).toBe("name");
    const data = (await (
      await fetch(`${base}/dcimgr?authinfo=admin:admin&out=JSONdata&func=server`)
    ).json()) as any[];
    expect(data[9].name).toBe("S-R02-05");
  });

  it("answers an error document, never a failure, for bad requests", async () => {
    const bad = await fetch(`${base}/dcimgr?out=xml&func=server&authinfo=admin:admin&elid=%ZZ`);
    expect(bad.status).toBe(200);
    expect(await bad.text()).toContain('<error type="value" object="body"');
    const huge = await fetch(`${base}/dcimgr?out=xml`, {
      method: "POST",
      body: "x=".padEnd(2 * 1024 * 1024, "y"),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(await huge.text()).toContain('object="body"');
    expect((await fetch(`${base}/elsewhere`)).status).toBe(404);
  });
});

describe("a billing system provisioning a server (dcimanager.md §5.3)", () => {
  it("finds a free server, sells it, installs an OS and hands the customer a key", async () => {
    const admin = "authinfo=admin:admin&out=xml";
    // 1. The customer exists.
    expect(elemValues(await xml(`${admin}&func=user`), "name")).toContain("globex");
    // 2. A free server: no owner, free.ds, no problems.
    const list = await xml(`${admin}&func=server`);
    const free = [...list.matchAll(/<elem>([\s\S]*?)<\/elem>/g)]
      .map((match) => match[1] ?? "")
      .find(
        (row) =>
          row.includes("<hostname>free.ds</hostname>") &&
          !/<hwproblem|<diag_in_progress|<blocked|<owner>\w/.test(row),
      );
    const id = /<id>(\d+)<\/id>/.exec(free ?? "")?.[1];
    expect(id).toBe("3");
    // 3. Owner to the operator while it is prepared, enabled, powered on.
    expect(await xml(`${admin}&func=server.edit&elid=${id}&owner=admin&sok=ok`)).toContain("<ok/>");
    expect(await xml(`${admin}&func=server.enable&elid=${id}&sok=ok`)).toContain("<ok/>");
    expect(await xml(`${admin}&func=server.poweron&elid=${id}&sok=ok`)).toContain("<ok/>");
    // 4. Domain on the main address and an extra address from the pool.
    expect(
      await xml(`${admin}&func=iplist.edit&plid=${id}&ip=&domain=node3.globex.example&sok=ok`),
    ).toMatch(/<ip>203\.0\.113\.\d+<\/ip>/);
    // 5. OS install, then wait until it is done.
    const install = new URLSearchParams({
      authinfo: "admin:admin",
      out: "xml",
      func: "server.operations",
      elid: id ?? "",
      operation: "ostemplate",
      ostemplate: "ISPsystem__Debian-10-amd64",
      hostname: "node3.globex.example",
      passwd: "Sup3r-secret",
      confirm: "Sup3r-secret",
      sok: "ok",
    });
    expect(await xml(install.toString())).toContain("<ok/>");
    expect(await xml(`${admin}&func=server`)).toMatch(
      new RegExp(`<id>${id}</id>[\\s\\S]*?<install_in_progress>`),
    );
    emulator.advanceClock(21 * 60_000);
    const after = await xml(`${admin}&func=server`);
    expect(after).not.toMatch(
      new RegExp(`<id>${id}</id>(?:(?!</elem>)[\\s\\S])*<(install_in_progress|operation_failed)`),
    );
    // 6. Sold: the owner becomes the customer.
    expect(await xml(`${admin}&func=server.edit&elid=${id}&owner=globex&sok=ok`)).toContain(
      "<ok/>",
    );
    // 7. A one-time key, a login with it, and a reboot as the customer.
    const key = "k3y-from-billing-0001";
    expect(await xml(`${admin}&func=session.newkey&username=globex&key=${key}&sok=ok`)).toContain(
      "<ok/>",
    );
    const auth = await xml(`out=xml&func=auth&username=globex&key=${key}`);
    const sid = /<auth id="([0-9a-f]+)" level="16">/.exec(auth)?.[1];
    expect(sid).toBeDefined();
    expect(await xml(`out=xml&auth=${sid ?? ""}&func=server.reboot&elid=${id}&sok=ok`)).toContain(
      "<ok/>",
    );
    expect(elemValues(await xml(`out=xml&auth=${sid ?? ""}&func=server`), "hostname")).toContain(
      "node3.globex.example",
    );
    // The key is used up.
    expect(await xml(`out=xml&func=auth&username=globex&key=${key}`)).toContain(
      '<error type="auth"',
    );
  });
});

describe("fault injection", () => {
  it("answers 502, truncates a body, drops a connection, then behaves again", async () => {
    const set = (query: string) =>
      control.intercept(
        new Request(`${base}/__emulator/faults?${query}`, { method: "POST" }),
        "/__emulator/faults",
      );
    await set("mode=http502&count=1");
    expect((await fetch(`${base}/dcimgr?out=json&func=whoami`)).status).toBe(502);
    await set("mode=truncate");
    const truncated = await (
      await fetch(`${base}/dcimgr?authinfo=admin:admin&out=json&func=server`)
    ).text();
    expect(() => JSON.parse(truncated)).toThrow();
    await set("mode=drop");
    await expect(fetch(`${base}/dcimgr?out=json&func=whoami`)).rejects.toThrow();
    expect((await fetch(`${base}/dcimgr?authinfo=admin:admin&out=json&func=whoami`)).status).toBe(
      200,
    );
  });
});

describe("a connection that breaks after the panel did the work", () => {
  it("changes and journals, then closes the connection without a reply", async () => {
    await control.intercept(
      new Request(`${base}/__emulator/faults?mode=dropafter`, { method: "POST" }),
      "/__emulator/faults",
    );
    const before = emulator.state.journal.length;
    const failure: unknown = await fetch(`${base}/dcimgr`, {
      method: "POST",
      body: new URLSearchParams({
        authinfo: "admin:admin",
        out: "json",
        func: "server.poweroff",
        elid: "2",
        sok: "ok",
      }),
    }).then(
      () => undefined,
      (error: unknown) => error,
    );
    // The client saw the socket close, not an HTTP answer.
    expect(failure).toBeInstanceOf(TypeError);
    expect((failure as Error).cause).toMatchObject({ code: "UND_ERR_SOCKET" });
    expect(emulator.state.journal.slice(before).map((entry) => entry.func)).toEqual([
      "server.poweroff",
    ]);
    const journal = await xml("authinfo=admin:admin&out=xml&func=journal&p_cnt=1");
    expect(elemValues(journal, "func")).toEqual(["server.poweroff"]);
    expect(elemValues(journal, "params")).toEqual(["elid=2&amp;sok=ok"]);
    expect(emulator.state.servers.find((server) => server.id === 2)?.power).toBe("off");
  });

  it("is refused under an unknown name", async () => {
    const refused = await control.intercept(
      new Request(`${base}/__emulator/faults?mode=dropbefore`, { method: "POST" }),
      "/__emulator/faults",
    );
    expect(refused?.status).toBe(400);
    expect(await refused?.text()).toContain("dropafter");
  });
});

describe("the built app served like a theme", () => {
  const dist = mkdtempSync(join(tmpdir(), "emulator-dist-"));
  const index = '<!doctype html><html><head><meta name="mgr-panel" content="dcimgr"></head></html>';
  mkdirSync(join(dist, "assets"));
  writeFileSync(join(dist, "index.html"), index);
  writeFileSync(join(dist, "assets", "app-1234.js"), "console.log(1);");
  // As main.ts wires it: the core answers the panel endpoint without `out` with the same file.
  const app = createEmulatorServer({
    emulator: createEmulator({ indexHtml: () => index }),
    distDir: dist,
  });
  let url = "";

  beforeAll(async () => {
    await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
  });
  afterAll(
    () =>
      new Promise<void>((resolve) =>
        app.close(() => {
          resolve();
        }),
      ),
  );

  it.each([
    "/",
    "/dcimgr/server",
    "/dcimgr/server.edit?elid=1",
    "/dcimgr/server.operations?elid=3",
    "/dcimgr/user.su",
    "/manager/dcimgr/server.edit?elid=1",
    "/dcimgr/",
    "/ispmgr/webdomain.edit",
    "/dcimgr?func=auth&username=acme&key=0123456789abcdefKEY",
  ])("answers %s with index.html, so a reload keeps the view", async (path) => {
    const response = await fetch(`${url}${path}`, { headers: { accept: "text/html" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(await response.text()).toBe(index);
  });

  it("answers a view asked for by a script too, whatever its dots", async () => {
    const response = await fetch(`${url}/dcimgr/server.edit?elid=1`, {
      headers: { accept: "*/*" },
    });
    expect(await response.text()).toBe(index);
  });

  it("serves files, and keeps missing assets and files a 404", async () => {
    const asset = await fetch(`${url}/assets/app-1234.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get("cache-control")).toContain("immutable");
    expect((await fetch(`${url}/assets/app-gone.js`)).status).toBe(404);
    expect(
      (await fetch(`${url}/assets/app-gone.js`, { headers: { accept: "text/html" } })).status,
    ).toBe(404);
    expect((await fetch(`${url}/favicon.ico`, { headers: { accept: "image/*" } })).status).toBe(
      404,
    );
    expect((await fetch(`${url}/dcimgr/server`, { method: "POST" })).status).toBe(404);
  });

  it("still answers the panel at its endpoints", async () => {
    const reply = await fetch(`${url}/manager/dcimgr?authinfo=admin:admin&out=xml&func=whoami`);
    expect(await reply.text()).toContain('name="admin"');
  });
});

describe("state persistence", () => {
  it("saves by write-then-rename and loads what it saved", () => {
    const file = join(mkdtempSync(join(tmpdir(), "emulator-")), "state.json");
    const state = createEmulator().state;
    const first = state.servers[0];
    if (!first) throw new Error("the seed has servers");
    first.notes = "kept across restarts";
    saveState(file, state);
    expect(loadState(file)?.servers[0]?.notes).toBe("kept across restarts");
    writeFileSync(file, '{"users": 1}');
    expect(() => loadState(file)).toThrow(/not an emulator state file/);
    expect(readFileSync(file, "utf8")).toContain("users");
  });
});

describe("without EMULATOR_CONTROL", () => {
  it("has no control endpoints", async () => {
    const plain = createEmulatorServer({ emulator: createEmulator() });
    await new Promise<void>((resolve) => plain.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(plain.address() as AddressInfo).port}`;
    expect((await fetch(`${url}/__emulator/reset`, { method: "POST" })).status).toBe(404);
    await new Promise<void>((resolve) =>
      plain.close(() => {
        resolve();
      }),
    );
  });
});

describe("mgrctl", () => {
  const run = (args: string[], env: Record<string, string> = {}) =>
    new Promise<string>((resolve, reject) => {
      execFile(
        "npx",
        ["tsx", "web/mocks/emulator/mgrctl.ts", ...args],
        { env: { ...process.env, ...env } },
        (error, stdout, stderr) => {
          if (error) reject(new Error(`${error.message}\n${stderr}`));
          else resolve(stdout);
        },
      );
    });

  it("lists the functions, describes one, and calls the running panel", async () => {
    const list = await run(["-m", "dcimgr", "-i"]);
    expect(list).toMatch(/^server\s+admin user\s+Servers/m);
    expect(list).toMatch(/^session\.newkey\s+admin\s+/m);
    const described = await run(["-m", "dcimgr", "-i", "user.edit", "lang=ru"]);
    expect(described).toContain("field passwd: Пароль");
    const text = await run(["-m", "dcimgr", "server", "p_cnt=2"], { MGR_URL: base });
    expect(text.trim().split("\n")).toHaveLength(2);
    expect(text).toMatch(/^id=1 name=S-R01-01/);
  }, 60_000);
});
