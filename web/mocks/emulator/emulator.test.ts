// @vitest-environment node
import { describe, expect, it } from "vitest";

import { createEmulator, type Emulator } from "./core";

const base = "http://panel.test";
const ip = "192.0.2.10";

function get(emulator: Emulator, query: string, clientIp = ip): Promise<Response> {
  return emulator.handle(new Request(`${base}/dcimgr?${query}`), clientIp);
}

async function json(
  emulator: Emulator,
  query: string,
  clientIp = ip,
): Promise<{ doc: Record<string, any> }> {
  const response = await get(emulator, query, clientIp);
  expect(response.status).toBe(200);
  return (await response.json()) as { doc: Record<string, any> };
}

async function login(emulator: Emulator, username = "admin", password = username): Promise<string> {
  const reply = await json(
    emulator,
    `func=auth&username=${username}&password=${password}&out=json`,
  );
  return reply.doc.auth.$id as string;
}

describe("authentication", () => {
  it("answers func=auth with the auth document and the session cookie", async () => {
    const emulator = createEmulator();
    const response = await get(emulator, "func=auth&username=admin&password=admin&out=xjson");
    const body = (await response.json()) as { doc: Record<string, any> };
    expect(body.doc.auth.$level).toBe("29");
    expect(body.doc.auth.$).toBe(body.doc.auth.$id);
    expect(response.headers.get("set-cookie")).toContain(
      `dcimgrses5=${body.doc.auth.$id as string}`,
    );
    expect(JSON.stringify(body)).not.toContain('"password"');
  });

  it("refuses a wrong password with an auth error naming badpassword", async () => {
    const reply = await json(createEmulator(), "func=auth&username=admin&password=nope&out=json");
    expect(reply.doc.error).toMatchObject({ $type: "auth", $object: "badpassword" });
    expect(reply.doc.error.msg.$).toMatch(/invalid username or password/i);
  });

  it("refuses the disabled customer with a clear message", async () => {
    const reply = await json(
      createEmulator(),
      "func=auth&username=initech&password=initech&out=json&lang=ru",
    );
    expect(reply.doc.error.$type).toBe("auth");
    expect(reply.doc.error.msg.$).toContain("отключена");
  });

  it("accepts the session as the auth parameter and as the cookie", async () => {
    const emulator = createEmulator();
    const sid = await login(emulator);
    const byParam = await json(emulator, `func=whoami&auth=${sid}&out=json`);
    expect(byParam.doc.user.$name).toBe("admin");
    const byCookie = await emulator.handle(
      new Request(`${base}/dcimgr?func=whoami&out=json`, {
        headers: { cookie: `dcimgrses5=${sid}` },
      }),
      ip,
    );
    expect(((await byCookie.json()) as { doc: Record<string, any> }).doc.user.$name).toBe("admin");
  });

  it("answers a call without a session with an access error", async () => {
    const reply = await json(createEmulator(), "func=server&out=json");
    expect(reply.doc.error.$type).toBe("access");
  });

  it("expires a session after the idle timeout and keeps it alive while used", async () => {
    let now = 1_000_000;
    const emulator = createEmulator({ now: () => now, config: { idleTimeoutSec: 60 } });
    const sid = await login(emulator);
    now += 50_000;
    expect((await json(emulator, `func=keepalive&auth=${sid}&out=json`)).doc.ok).toEqual({});
    now += 50_000;
    expect((await json(emulator, `func=server&auth=${sid}&out=json`)).doc.elem).toBeDefined();
    now += 61_000;
    expect((await json(emulator, `func=server&auth=${sid}&out=json`)).doc.error.$type).toBe(
      "access",
    );
  });

  it("binds the session to the client address", async () => {
    const emulator = createEmulator();
    const sid = await login(emulator);
    const reply = await json(emulator, `func=server&auth=${sid}&out=json`, "198.51.100.7");
    expect(reply.doc.error).toMatchObject({ $type: "auth", $object: "badip" });
  });

  it("blocks logging in after repeated failures", async () => {
    const emulator = createEmulator({ config: { maxFailedLogins: 3 } });
    for (let attempt = 0; attempt < 3; attempt += 1)
      await get(emulator, "func=auth&username=admin&password=x&out=json");
    const reply = await json(emulator, "func=auth&username=admin&password=admin&out=json");
    expect(reply.doc.error).toMatchObject({ $type: "auth", $object: "blocklogon" });
  });

  it("takes authinfo on any call without creating a session", async () => {
    const emulator = createEmulator();
    const reply = await json(emulator, "authinfo=acme:acme&func=server&out=json");
    expect(reply.doc.elem.length).toBe(3);
    expect(emulator.sessions.all(emulator.now(), 3_600_000)).toHaveLength(0);
  });

  it("ends the session on func=logon", async () => {
    const emulator = createEmulator();
    const sid = await login(emulator);
    await get(emulator, `func=logon&auth=${sid}&out=json`);
    expect((await json(emulator, `func=whoami&auth=${sid}&out=json`)).doc.error.$type).toBe(
      "access",
    );
  });
});

describe("the server list", () => {
  it("shows the operator every server with owner and rack columns", async () => {
    const reply = await json(createEmulator(), "authinfo=admin:admin&func=server&out=xjson");
    expect(reply.doc.metadata.$type).toBe("list");
    expect(reply.doc.metadata.coldata.col.map((col: { $name: string }) => col.$name)).toContain(
      "owner",
    );
    expect(reply.doc.elem).toHaveLength(10);
    expect(reply.doc.messages.msg.title).toBe("Servers");
    expect(reply.doc.p_elems.$).toBe("10");
  });

  it("shows a customer only their servers, without the operator's columns and buttons", async () => {
    const reply = await json(createEmulator(), "authinfo=globex:globex&func=server&out=xjson");
    const names = reply.doc.elem.map((row: { hostname: { $: string } }) => row.hostname.$);
    expect(names).toEqual(["node5.globex.example", "k8s1.globex.example"]);
    expect(JSON.stringify(reply.doc.metadata)).not.toContain('"owner"');
    expect(JSON.stringify(reply.doc.metadata.toolbar)).not.toContain("server.delete");
    expect(reply.doc.elem[0].owner).toBeUndefined();
  });

  it("collapses a single row to a bare object and keeps metadata collections as arrays", async () => {
    const reply = await json(createEmulator(), "authinfo=admin:admin&func=server&out=json&p_cnt=1");
    expect(Array.isArray(reply.doc.elem)).toBe(false);
    expect(reply.doc.elem.name.$).toBe("S-R01-01");
    expect(Array.isArray(reply.doc.metadata.toolbar.toolgrp)).toBe(true);
  });

  it("sorts by p_col and by p_sort/p_order, and marks the sorted column", async () => {
    const emulator = createEmulator();
    const byCol = await json(emulator, "authinfo=admin:admin&func=server&out=json&p_col=-name");
    expect(byCol.doc.elem[0].name.$).toBe("S-R02-05");
    const sortedCol = byCol.doc.metadata.coldata.col.find(
      (col: { $name: string }) => col.$name === "name",
    );
    expect(sortedCol.$sorted).toBe("-1");
    const bySort = await json(
      emulator,
      "authinfo=admin:admin&func=server&out=json&p_sort=ip&p_order=asc",
    );
    expect(bySort.doc.elem[0].ip.$).toBe("10.20.0.13");
  });

  it("pages with p_num and p_cnt and clamps to the last page", async () => {
    const reply = await json(
      createEmulator(),
      "authinfo=admin:admin&func=server&out=json&p_cnt=4&p_num=99",
    );
    expect(reply.doc.p_num.$).toBe("3");
    expect(reply.doc.elem).toHaveLength(2);
  });
});

describe("output formats", () => {
  it("answers out=xml with doc/elem/name for every server", async () => {
    const response = await get(createEmulator(), "authinfo=admin:admin&out=xml&func=server");
    const xml = await response.text();
    expect(response.headers.get("content-type")).toContain("xml");
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml.match(/<elem>/g)).toHaveLength(10);
    expect(xml).toContain("<name>S-R01-01</name>");
    expect(xml).not.toContain("<metadata");
  });

  it("answers out=devel with the interface description", async () => {
    const xml = await (
      await get(createEmulator(), "authinfo=admin:admin&out=devel&func=server")
    ).text();
    expect(xml).toContain('<metadata name="server" type="list"');
    expect(xml).toContain('<msg name="title">Servers</msg>');
  });

  it("answers out=text with a row per line", async () => {
    const text = await (
      await get(createEmulator(), "authinfo=acme:acme&out=text&func=server")
    ).text();
    expect(text.trim().split("\n")).toHaveLength(3);
    expect(text).toContain("name=S-R01-01");
  });

  it("answers out=JSONdata with a plain array of rows", async () => {
    const rows = (await (
      await get(createEmulator(), "authinfo=acme:acme&out=JSONdata&func=server")
    ).json()) as Record<string, string>[];
    expect(rows).toHaveLength(3);
    expect(rows[0]?.hostname).toBe("web1.acme.example");
  });

  it("answers out=csv with titles and quoted values", async () => {
    const csv = await (
      await get(createEmulator(), "authinfo=admin:admin&out=csv&func=server&lang=ru")
    ).text();
    expect(csv.split("\r\n")[0]).toBe("Имя,Доменное имя,IP-адрес,Владелец,Тип сервера,Стойка");
  });

  it("answers every known out and refuses an unknown one with an error document", async () => {
    const emulator = createEmulator();
    for (const out of [
      "xml",
      "devel",
      "json",
      "xjson",
      "sjson",
      "JSONdata",
      "text",
      "print",
      "csv",
    ]) {
      const response = await get(emulator, `authinfo=admin:admin&out=${out}&func=server`);
      expect(response.status, out).toBe(200);
      expect((await response.text()).length, out).toBeGreaterThan(10);
    }
    const bad = await (await get(emulator, "authinfo=admin:admin&out=yaml&func=server")).text();
    expect(bad).toContain('<error type="value" object="out"');
  });

  it("answers a request without out with an HTML page", async () => {
    const response = await get(
      createEmulator({ indexHtml: () => "<!doctype html><title>app</title>" }),
      "func=auth&username=acme&key=0123456789abcdefXYZ",
    );
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(await response.text()).toContain("<title>app</title>");
  });
});

describe("bad input", () => {
  it.each([
    ["an unknown function", "authinfo=admin:admin&out=json&func=nosuch", "missed", "func"],
    ["a missing username", "out=json&func=auth&password=x", "missed", "username"],
    ["a malformed escape", "out=json&func=auth&username=%E0%A4%A", "value", "body"],
    ["invalid UTF-8", "out=json&func=auth&username=%FF%FE", "value", "body"],
    [
      "a page size that is not a number",
      "authinfo=admin:admin&out=json&func=server&p_cnt=lots",
      "value",
      "p_cnt",
    ],
    [
      "a sort column that does not exist",
      "authinfo=admin:admin&out=json&func=server&p_col=%2Bnope",
      "value",
      "p_col",
    ],
    [
      "a customer sorting by a column they cannot see",
      "authinfo=acme:acme&out=json&func=server&p_col=%2Bowner",
      "value",
      "p_col",
    ],
  ])("answers %s with an error document", async (_case, query, type, object) => {
    const reply = await json(createEmulator(), query);
    expect(reply.doc.error).toMatchObject({ $type: type, $object: object });
  });

  it("refuses a body over 1 MiB", async () => {
    const request = new Request(`${base}/dcimgr?out=json`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: `func=auth&username=${"a".repeat(1024 * 1024)}`,
    });
    const reply = (await (await createEmulator().handle(request, ip)).json()) as {
      doc: Record<string, any>;
    };
    expect(reply.doc.error).toMatchObject({ $type: "value", $object: "body" });
  });

  it("merges query and body, the body winning, for urlencoded and multipart posts", async () => {
    const emulator = createEmulator();
    const urlencoded = await emulator.handle(
      new Request(`${base}/dcimgr?out=json&func=auth&username=nobody`, {
        method: "POST",
        body: new URLSearchParams({ username: "admin", password: "admin" }),
      }),
      ip,
    );
    expect(((await urlencoded.json()) as { doc: Record<string, any> }).doc.auth.$level).toBe("29");
    const form = new FormData();
    form.set("username", "acme");
    form.set("password", "acme");
    const multipart = await emulator.handle(
      new Request(`${base}/manager/dcimgr?out=json&func=auth`, { method: "POST", body: form }),
      ip,
    );
    expect(((await multipart.json()) as { doc: Record<string, any> }).doc.auth.$level).toBe("16");
  });
});

describe("data set and persistence hooks", () => {
  it("adds a deterministic large data set on request", async () => {
    const first = createEmulator({ extraServers: 10000, now: () => 0 });
    const second = createEmulator({ extraServers: 10000, now: () => 0 });
    expect(first.state.servers).toHaveLength(10010);
    expect(JSON.stringify(first.state.servers)).toBe(JSON.stringify(second.state.servers));
    const reply = await json(
      first,
      "authinfo=admin:admin&func=server&out=json&p_cnt=10000&p_num=2",
    );
    expect(reply.doc.p_elems.$).toBe("10010");
    expect(reply.doc.elem).toHaveLength(10);
  });

  it("reports every change for saving, and nothing for a refused request", async () => {
    const saved: number[] = [];
    const emulator = createEmulator({ onChange: (state) => saved.push(state.journal.length) });
    await get(emulator, "authinfo=admin:admin&func=server.poweroff&elid=999&out=json");
    expect(saved).toEqual([]);
    await get(emulator, "authinfo=admin:admin&func=server.poweroff&elid=1&out=json");
    expect(saved).toEqual([1]);
  });
});
