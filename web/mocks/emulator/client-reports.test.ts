// @vitest-environment node
import { describe, expect, it } from "vitest";

import { column, testPanel, type Doc } from "../../testing/emulator-client";
import { docOf } from "../../xjson/parse-page";
import { parseReport } from "../../xjson/parse-report";

/**
 * The reports and the action node-dcimanager calls (evidence/node-dcimanager.md), read the way
 * it reads them: always `out=json` (testPanel's default), the paths dereferenced as it does.
 */

/** What node-dcimanager's loops find: the first row whose `hostname.$` is the name. */
function findByHostname(rows: any[], hostname: string): any {
  return rows.find((row) => row.hostname.$ === hostname);
}

describe("trafficpie (node-dcimanager lib/dcimanager.js:26-50)", () => {
  it("holds the servers' band inside the single row of `trafficpie`", async () => {
    const doc = await testPanel().as("admin")({ func: "trafficpie" });
    expect(doc.error).toBeUndefined();
    // The client's exact dereference: one `elem` object, then an array of servers.
    const pies = doc.reportdata.trafficpie.elem.traff.elem;
    expect(pies).toHaveLength(10);
    const pie = findByHostname(pies, "web1.acme.example");
    expect(pie).toEqual({
      id: { $: "1" },
      hostname: { $: "web1.acme.example" },
      rx: { $orig: "300647710720", $: "280.0 GiB" },
      tx: { $orig: "1202590842880", $: "1.1 TiB" },
      value: { $orig: "1503238553600", $: "1.4 TiB" },
    });
    expect(findByHostname(pies, "nosuch.example")).toBeUndefined();
    const row = doc.reportdata.trafficpie.elem;
    expect(row.period).toEqual({ $: "This month" });
    const sum = pies.reduce((total: number, one: Doc) => total + Number(one.value.$orig), 0);
    expect(row.value.$orig).toBe(String(sum));
  });

  it("describes a pie over the nested band and the same period form as `traffic`", async () => {
    const doc = await testPanel().as("admin")({ func: "trafficpie" });
    expect(doc.metadata).toMatchObject({ $name: "trafficpie", $type: "report" });
    expect(doc.metadata.$firstrun).toBeUndefined();
    const [outer] = doc.metadata.band;
    expect(outer.$name).toBe("trafficpie");
    expect(outer.col.map((col: Doc) => col.$name)).toEqual(["period", "value"]);
    expect(outer.band[0].$name).toBe("traff");
    expect(outer.band[0].diagram[0]).toMatchObject({
      $type: "pie",
      $label: "hostname",
      $data: "value",
    });
    expect(outer.band[0].col.map((col: Doc) => col.$name)).toEqual([
      "hostname",
      "rx",
      "tx",
      "value",
    ]);
    expect(doc.period.$).toBe("currentmonth");
    expect(doc.messages.msg).toMatchObject({ title: "Traffic share", traff: "Share by server" });
  });

  it("follows the period and agrees with `traffic`", async () => {
    const panel = testPanel();
    const pie = await panel.as("admin")({ func: "trafficpie", period: "lastmonth" });
    const traffic = await panel.as("admin")({ func: "traffic", period: "lastmonth" });
    const row = findByHostname(pie.reportdata.trafficpie.elem.traff.elem, "db1.acme.example");
    const same = findByHostname(traffic.reportdata.traff.elem, "db1.acme.example");
    expect(row.rx).toEqual(same.rx);
    expect(row.tx).toEqual(same.tx);
    expect(pie.reportdata.trafficpie.elem.period.$).toBe("Last month");
    const bad = await panel.as("admin")({ func: "trafficpie", period: "forever" });
    expect(bad.error).toMatchObject({ $type: "value", $object: "period" });
  });

  it("shows a customer their own servers only", async () => {
    const doc = await testPanel().as("acme")({ func: "trafficpie" });
    const pies = doc.reportdata.trafficpie.elem.traff.elem;
    expect(pies.map((row: Doc) => row.hostname.$)).toEqual([
      "web1.acme.example",
      "db1.acme.example",
      "mail.acme.example",
    ]);
  });

  it("leaves the reports with bands after the rows as they were", async () => {
    const details = await testPanel().as("admin")({
      func: "trafficdetails",
      elid: "1",
      period: "currentweek",
      sok: "ok",
    });
    // `ports` is still a sibling of the day rows, not inside each row.
    expect(details.reportdata.days.ports.elem).toBeDefined();
    expect(details.reportdata.days.elem[0].ports).toBeUndefined();
  });
});

describe("trafficburstable_pie (node-dcimanager lib/dcimanager.js:52-77)", () => {
  it("lists each server's 95th percentile at `reportdata.traff.elem`, as a pie", async () => {
    const panel = testPanel();
    const doc = await panel.as("admin")({ func: "trafficburstable_pie" });
    expect(doc.error).toBeUndefined();
    const traffics = doc.reportdata.traff.elem;
    expect(traffics).toHaveLength(10);
    expect(findByHostname(traffics, "web1.acme.example")).toEqual({
      id: { $: "1" },
      hostname: { $: "web1.acme.example" },
      burst: { $: "10" },
    });
    expect(doc.metadata.band[0].diagram[0]).toMatchObject({
      $type: "pie",
      $label: "hostname",
      $data: "burst",
    });
    // The same figures as `trafficburstable` for every period.
    for (const period of ["currentday", "currentyear"]) {
      const pie = await panel.as("admin")({ func: "trafficburstable_pie", period });
      const table = await panel.as("admin")({ func: "trafficburstable", period });
      expect(column({ elem: pie.reportdata.traff.elem }, "burst")).toEqual(
        column({ elem: table.reportdata.traff.elem }, "burst"),
      );
    }
  });

  it("shows a customer their own servers only", async () => {
    const doc = await testPanel().as("globex")({ func: "trafficburstable_pie" });
    expect(doc.reportdata.traff.elem.map((row: Doc) => row.hostname.$)).toEqual([
      "node5.globex.example",
      "k8s1.globex.example",
    ]);
  });
});

describe("currentdetails (node-dcimanager lib/server.js:194-213)", () => {
  it("answers `reportdata` for elid and period without sok", async () => {
    const doc = await testPanel().as("admin")({
      func: "currentdetails",
      elid: "1",
      period: "currentweek",
    });
    expect(doc.error).toBeUndefined();
    const reportdata = doc.reportdata;
    expect(reportdata.current.elem).toEqual({
      id: { $: "1" },
      hostname: { $: "web1.acme.example" },
      ip: { $: "203.0.113.10" },
      power: { $: "On" },
      rx: { $: "1.0" },
      tx: { $: "3.9" },
      // The week's 95th percentile, as `trafficburstable` gives it.
      burst: { $: "10" },
    });
    expect(reportdata.load.elem).toHaveLength(7);
    expect(reportdata.load.elem.at(-1)).toEqual({
      time: { $: "2026-05-28" },
      rx: { $: "1.0" },
      tx: { $: "4.1" },
    });
    expect(doc.metadata.band.map((band: Doc) => band.$name)).toEqual(["current", "load"]);
    expect(doc.metadata.band[1].diagram[0]).toMatchObject({ $type: "line", $data: "rx,tx" });
    expect(doc.elid.$).toBe("1");
  });

  it("has today's hours by default and no bandwidth for a server that is off", async () => {
    const doc = await testPanel().as("admin")({ func: "currentdetails", elid: "3" });
    expect(doc.period.$).toBe("currentday");
    expect(doc.reportdata.load.elem).toHaveLength(24);
    expect(doc.reportdata.load.elem[0].time.$).toBe("2026-05-28 00:00");
    expect(doc.reportdata.current.elem).toMatchObject({
      hostname: { $: "free.ds" },
      power: { $: "Off" },
      rx: { $: "0.0" },
      tx: { $: "0.0" },
    });
  });

  it("lets a customer open their own server only", async () => {
    const panel = testPanel();
    const own = await panel.as("acme")({ func: "currentdetails", elid: "9", period: "lastmonth" });
    expect(own.reportdata.load.elem).toHaveLength(30);
    const other = await panel.as("acme")({ func: "currentdetails", elid: "5" });
    expect(other.error).toMatchObject({ $type: "missed", $object: "server" });
  });

  it("answers missed for an unknown or absent server and value for an unknown period", async () => {
    const admin = testPanel().as("admin");
    expect((await admin({ func: "currentdetails", elid: "999" })).error).toMatchObject({
      $type: "missed",
      $object: "server",
    });
    // node-dcimanager reads `doc.error.msg.$` (lib/server.js:207).
    expect((await admin({ func: "currentdetails", elid: "999" })).error.msg.$).toBe(
      "Missing or unknown server '999'",
    );
    expect((await admin({ func: "currentdetails" })).error.$type).toBe("missed");
    expect(
      (await admin({ func: "currentdetails", elid: "1", period: "forever" })).error,
    ).toMatchObject({ $type: "value", $object: "period" });
  });
});

describe("server.connection.autocreateipmi (node-dcimanager lib/server.js:241-260)", () => {
  it("gives a server without IPMI the first free address and answers ok", async () => {
    const panel = testPanel();
    const admin = panel.as("admin");
    const before = await admin({ func: "server.connection", elid: "10" });
    expect(column(before, "type")).not.toContain("IPMI");
    const doc = await admin({ func: "server.connection.autocreateipmi", plid: "10", sok: "ok" });
    expect(doc.error).toBeUndefined();
    expect(doc.ok).toBeDefined();
    const after = await admin({ func: "server.connection", elid: "10" });
    expect(column(after, "type")).toContain("IPMI");
    expect(column(after, "port")).toContain("10.10.0.2");
    const redirect = await admin({ func: "ipmiredirect", elid: "10", newwindow: "yes" });
    expect(redirect.ok.$).toBe("https://10.10.0.2/");
    const journal = await admin({ func: "journal" });
    expect(column(journal, "func")).toContain("server.connection.autocreateipmi");
  });

  it("refuses a server that has IPMI already with an exists error", async () => {
    const panel = testPanel();
    const admin = panel.as("admin");
    await admin({ func: "server.connection.autocreateipmi", plid: "10", sok: "ok" });
    const again = await admin({ func: "server.connection.autocreateipmi", plid: "10", sok: "ok" });
    expect(again.error).toMatchObject({ $type: "exists", $object: "ipmi" });
    expect(again.error.msg.$).toBe("Server S-R02-05 already has an IPMI connection (10.10.0.2)");
    const ru = await admin({
      func: "server.connection.autocreateipmi",
      plid: "1",
      sok: "ok",
      lang: "ru",
    });
    expect(ru.error.msg.$).toBe("У сервера S-R01-01 уже есть подключение IPMI (10.10.0.11)");
  });

  it("answers missed for an unknown server and access for a customer", async () => {
    const panel = testPanel();
    const unknown = await panel.as("admin")({
      func: "server.connection.autocreateipmi",
      plid: "999",
      sok: "ok",
    });
    expect(unknown.error).toMatchObject({ $type: "missed", $object: "server" });
    const before = panel.snapshot();
    const customer = await panel.as("acme")({
      func: "server.connection.autocreateipmi",
      plid: "1",
      sok: "ok",
    });
    expect(customer.error.$type).toBe("access");
    expect(panel.snapshot()).toBe(before);
  });
});

describe("languages of the client's reports", () => {
  it.each<Record<string, string>>([
    { func: "trafficpie" },
    { func: "trafficburstable_pie" },
    { func: "currentdetails", elid: "1" },
  ])("$func has every text in English and Russian", async (params) => {
    const panel = testPanel();
    const en = await panel.as("admin")({ ...params, lang: "en" });
    const ru = await panel.as("admin")({ ...params, lang: "ru" });
    expect(Object.keys(ru.messages.msg).sort()).toEqual(Object.keys(en.messages.msg).sort());
    expect(ru.messages.msg.title).not.toBe(en.messages.msg.title);
  });
});

describe("the console's report parser on trafficpie", () => {
  it("reads the servers nested inside the row as the detail band's rows", async () => {
    const doc = await testPanel().as("admin")({ func: "trafficpie" });
    const model = parseReport(docOf({ doc }));
    expect(model.built).toBe(true);
    const [outer] = model.bands;
    expect(outer?.name).toBe("trafficpie");
    expect(outer?.rows).toHaveLength(1);
    expect(outer?.rows[0]?.cells.period?.text).toBe("This month");
    const [nested] = outer?.bands ?? [];
    expect(nested?.name).toBe("traff");
    expect(nested?.diagrams[0]?.type).toBe("pie");
    const servers = doc.reportdata.trafficpie.elem.traff.elem as { hostname: { $: string } }[];
    expect(nested?.rows.map((row) => row.cells.hostname?.text)).toEqual(
      servers.map((server) => server.hostname.$),
    );
    expect(nested?.rows.length).toBeGreaterThan(1);
  });
});
