// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { startRecordProxy, type RecordProxy } from "../../../scripts/record-proxy";
import { docOf, parsePage } from "../../xjson/parse-page";
import { createEmulator } from "./core";
import { createEmulatorServer } from "./node-server";
import type { RecordingIndex } from "./recording";
import { createReplay, type Replay } from "./replay";

const emulator = createEmulator();
const server = createEmulatorServer({ emulator });
const dir = mkdtempSync(join(tmpdir(), "dci-recording-"));
let proxy: RecordProxy;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  proxy = await startRecordProxy({ target: `http://127.0.0.1:${port}`, dir });
});
afterAll(async () => {
  await proxy.close();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

/** A request the way the console sends it: a urlencoded POST to /dcimgr. */
function post(params: Record<string, string>): Request {
  return new Request("http://panel/dcimgr", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(params).toString(),
  });
}

async function viaProxy(params: Record<string, string>): Promise<string> {
  const response = await fetch(`${proxy.url}/dcimgr`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(params).toString(),
  });
  expect(response.status).toBe(200);
  return response.text();
}

async function viaReplay(replay: Replay, params: Record<string, string>): Promise<string> {
  const response = await replay.handle(post(params), "127.0.0.1");
  expect(response.status).toBe(200);
  return response.text();
}

const views: Record<string, string>[] = [
  { func: "desktop", out: "xjson" },
  { func: "server", out: "xjson" },
  { func: "server.edit", elid: "1", out: "xjson" },
  { func: "user", out: "xjson" },
  { func: "server", out: "xml" },
];

describe("recording a panel and replaying it", () => {
  const original: string[] = [];
  let session = "";

  it("records every reply into its own file with an index, secrets removed", async () => {
    const auth = JSON.parse(
      await viaProxy({ func: "auth", username: "admin", password: "admin", out: "xjson" }),
    ) as { doc: { auth: { $id: string } } };
    session = auth.doc.auth.$id;
    expect(session).toMatch(/\w{8,}/);
    for (const view of views) original.push(await viaProxy({ ...view, auth: session }));
    await viaProxy({ func: "whoami", out: "xjson", authinfo: "acme:acme" });
    await viaProxy({ func: "session", out: "xjson", auth: session });
    const form = new FormData();
    form.set("func", "sshpubkey.edit");
    form.set("out", "xjson");
    form.set("auth", session);
    form.set("name", "laptop");
    form.set("keyfile", new Blob(["ssh-ed25519 FILE-CONTENT"]), "id.pub");
    await fetch(`${proxy.url}/manager/dcimgr`, { method: "POST", body: form });
    // A page opened without `out` (the panel's HTML, or this app) is not a document to replay.
    const page = await fetch(`${proxy.url}/dcimgr?func=server`, {
      headers: { accept: "text/html" },
    });
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);

    const index = JSON.parse(readFileSync(join(dir, "index.json"), "utf8")) as RecordingIndex;
    expect(index.entries.map((entry) => entry.func)).toEqual([
      "auth",
      ...views.map((view) => view.func),
      "whoami",
      "session",
      "sshpubkey.edit",
    ]);
    expect(index.entries[2]?.file).toBe("0003-server.json");
    const files = readdirSync(dir).filter((name) => name !== "index.json");
    expect(files).toHaveLength(index.entries.length);
    for (const name of [...files, "index.json"]) {
      const text = readFileSync(join(dir, name), "utf8");
      expect(text, name).not.toContain(session);
      expect(text, name).not.toContain('"password": "admin"');
      expect(text, name).not.toContain("acme:acme");
    }
    const first = JSON.parse(readFileSync(join(dir, index.entries[0]?.file ?? ""), "utf8")) as {
      request: { params: Record<string, string> };
      reply: { body: string };
    };
    expect(first.request.params.password).toBe("SCRUBBED");
    expect(first.reply.body).toContain("SCRUBBED-SESSION");
    const upload = JSON.parse(
      readFileSync(join(dir, index.entries.at(-1)?.file ?? ""), "utf8"),
    ) as {
      request: { path: string; params: Record<string, string>; files: string[] };
    };
    expect(upload.request).toMatchObject({ path: "/manager/dcimgr", files: ["keyfile"] });
    expect(upload.request.params.name).toBe("laptop");
    expect(JSON.stringify(upload)).not.toContain("FILE-CONTENT");
  });

  it("answers the same bodies from the recording, with the caller's session", async () => {
    const replay = createReplay(dir);
    expect(replay.config.panel).toBe("dcimgr");
    const auth = JSON.parse(
      await viaReplay(replay, {
        func: "auth",
        username: "whoever",
        password: "wrong",
        out: "xjson",
      }),
    ) as { doc: { auth: { $id: string; $level: string } } };
    const replayed = auth.doc.auth.$id;
    expect(replayed).toMatch(/\w{8,}/);
    expect(auth.doc.auth.$level).toBe("29");
    for (const [i, view] of views.entries()) {
      const body = await viaReplay(replay, { ...view, auth: replayed, sfrom: "ajax" });
      expect(body.replaceAll(replayed, "S"), view.func).toBe(
        (original[i] ?? "").replaceAll(session, "S"),
      );
    }
  });

  it("models a replayed page the same as the panel's own", async () => {
    const replay = createReplay(dir);
    const body = await viaReplay(replay, { func: "server", out: "xjson", auth: "x" });
    expect(parsePage(docOf(JSON.parse(body)))).toEqual(
      parsePage(docOf(JSON.parse(original[1] ?? ""))),
    );
  });

  it("answers missed for what was never recorded, and keeps sessions alive", async () => {
    const replay = createReplay(dir);
    const missed = JSON.parse(
      await viaReplay(replay, { func: "switch", out: "xjson", auth: "x" }),
    ) as { doc: { error: { $type: string; $object: string } } };
    expect(missed.doc.error.$type).toBe("missed");
    expect(missed.doc.error.$object).toBe("func");
    // Another object than recorded is not answered with the recorded one.
    expect(
      await viaReplay(replay, { func: "server.edit", elid: "2", out: "xjson", auth: "x" }),
    ).toContain('"$type":"missed"');
    expect(await viaReplay(replay, { func: "switch", out: "xml" })).toContain(
      '<error type="missed" object="func"',
    );
    expect(await viaReplay(replay, { func: "keepalive", out: "xjson", auth: "x" })).toContain(
      '"ok"',
    );
    const bad = await replay.handle(
      new Request("http://panel/dcimgr?out=xjson&func=server&elid=%ZZ"),
      "127.0.0.1",
    );
    expect(await bad.text()).toContain('"$object":"body"');
  });
});

describe("what a console session asks a replay", () => {
  let session = "";
  const setvaluesR02 = {
    func: "server.add",
    out: "xjson",
    name: "",
    rack: "R02",
    step: "1",
    elid: "",
    sv_field: "rack",
  };

  beforeAll(async () => {
    const auth = JSON.parse(
      await viaProxy({ func: "auth", username: "admin", password: "admin", out: "xjson" }),
    ) as { doc: { auth: { $id: string } } };
    session = auth.doc.auth.$id;
    await viaProxy({ func: "server.add", out: "xjson", auth: session });
    await viaProxy({ ...setvaluesR02, auth: session });
    await viaProxy({ func: "desktop", out: "xjson", su: "acme", auth: session });
    await viaProxy({
      func: "check.ip",
      value: "300.1.1.1",
      name: "ip",
      out: "xjson",
      auth: session,
    });
    // The session checks of a console whose session had ended meanwhile.
    await viaProxy({ func: "keepalive", out: "xjson", auth: "ended-session-id" });
    await viaProxy({ func: "whoami", out: "xjson", auth: "ended-session-id" });
  });

  it("answers a setvalues only with one recorded for the same field and value", async () => {
    const replay = createReplay(dir);
    const suggested = JSON.parse(
      await viaReplay(replay, { ...setvaluesR02, chassis_templ: "x", auth: "s" }),
    ) as { doc: { name: { $: string }; rack: { $: string } } };
    expect(suggested.doc.rack.$).toBe("R02");
    // `authinfo=acme:acme` was recorded before: a password equal to its user name is not a
    // secret to scrub from every later page.
    expect(JSON.stringify(suggested)).toContain('"$key":"acme"');
    expect(suggested.doc.name.$).toMatch(/^S-R02-/);
    // Another rack was never asked: answering R02's values would undo the choice on screen.
    expect(await viaReplay(replay, { ...setvaluesR02, rack: "R01", auth: "s" })).toContain(
      '"$type":"missed"',
    );
    // Another field's setvalues, and the plain form, are not answered with this one either.
    expect(
      await viaReplay(replay, { ...setvaluesR02, sv_field: "chassis_templ", auth: "s" }),
    ).toContain('"$type":"missed"');
    const plain = JSON.parse(
      await viaReplay(replay, { func: "server.add", out: "xjson", auth: "s" }),
    ) as { doc: { name?: { $?: string } } };
    expect(plain.doc.name?.$ ?? "").toBe("");
  });

  it("answers a validator only for the value it judged", async () => {
    const replay = createReplay(dir);
    const check = { func: "check.ip", name: "ip", out: "xjson", auth: "s" };
    expect(await viaReplay(replay, { ...check, value: "300.1.1.1" })).toContain('"$type":"value"');
    // Another value's refusal would mark a valid address wrong.
    expect(await viaReplay(replay, { ...check, value: "192.0.2.1" })).toContain('"$type":"missed"');
  });

  it("answers a view acted as another user only with one recorded as that user", async () => {
    const replay = createReplay(dir);
    const operator = await viaReplay(replay, { func: "desktop", out: "xjson", auth: "s" });
    const acme = await viaReplay(replay, { func: "desktop", out: "xjson", su: "acme", auth: "s" });
    expect(acme).not.toBe(operator);
    expect(await viaReplay(replay, { func: "server", out: "xjson", su: "acme" })).toContain(
      '"$type":"missed"',
    );
  });

  it("never lets a session end: the checks answer as if it lives, and logging out works", async () => {
    const index = JSON.parse(readFileSync(join(dir, "index.json"), "utf8")) as RecordingIndex;
    const ended = index.entries.filter((entry) => entry.params.auth === "SCRUBBED");
    expect(ended.map((entry) => entry.func)).toEqual(
      expect.arrayContaining(["keepalive", "whoami"]),
    );
    const replay = createReplay(dir);
    const auth = JSON.parse(
      await viaReplay(replay, { func: "auth", username: "ops", password: "x", out: "xjson" }),
    ) as { doc: { auth: { $id: string } } };
    const id = auth.doc.auth.$id;
    const alive = await viaReplay(replay, { func: "keepalive", out: "xjson", auth: id });
    expect(alive).toContain('"ok"');
    expect(alive).not.toContain('"error"');
    const whoami = await viaReplay(replay, { func: "whoami", out: "xjson", auth: id });
    expect(whoami).not.toContain('"error"');
    expect(await viaReplay(replay, { func: "logon", out: "xjson", auth: id })).toContain('"ok"');
  });
});
