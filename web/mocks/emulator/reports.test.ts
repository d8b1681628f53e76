// @vitest-environment node
import { describe, expect, it } from "vitest";

import { testPanel, type Doc } from "../../testing/emulator-client";

const arrayOf = (value: unknown) =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** `func=a&b=c` into its parameters, as the console reads `ok` follow-ups. */
const query = (text: string) => Object.fromEntries(new URLSearchParams(text));

describe("traffic drill-down", () => {
  it("links each server's cell to its own traffic report with the same period", async () => {
    const doc = await testPanel().as("acme")({ func: "traffic", period: "lastmonth", sok: "ok" });
    const hostname = doc.metadata.band[0].col.find((col: any) => col.$name === "hostname");
    expect(hostname).toEqual({ $name: "hostname", $type: "data", $sort: "alpha", $link: "yes" });
    const first = doc.reportdata.traff.elem[0];
    expect(first.hostname).toEqual({
      $link: "func=trafficdetails&elid=1&period=lastmonth&sok=ok",
      $: "web1.acme.example",
    });
    const drill = await testPanel().as("acme")(query(first.hostname.$link));
    expect(drill.$func).toBe("trafficdetails");
    expect(drill.period.$).toBe("lastmonth");
    expect(drill.reportdata.days.elem).toHaveLength(30);
  });
});

describe("trafficdetails", () => {
  it("does not build on first open (firstrun=no) and shows the period form", async () => {
    const doc = await testPanel().as("admin")({ func: "trafficdetails", elid: "1" });
    expect(doc.metadata).toMatchObject({
      $name: "trafficdetails",
      $type: "report",
      $firstrun: "no",
    });
    expect(doc.reportdata).toBeUndefined();
    expect(doc.period.$).toBe("currentmonth");
    expect(doc.periodstart.$).toBe("2026-05-22");
    expect(doc.periodend.$).toBe("2026-05-28");
    const fields = doc.metadata.form.page[0].field;
    expect(fields.map((field: any) => field.$name)).toEqual(["period", "periodstart", "periodend"]);
    expect(fields[0].select[0].if).toContainEqual({ $value: "currentday", $hide: "periodstart" });
    expect(fields[0].select[0].if).not.toContainEqual(expect.objectContaining({ $value: "other" }));
    expect(fields[1].input[0]).toMatchObject({ $date: "yes", $required: "yes" });
    expect(doc.slist[0].val.at(-1)).toEqual({ $key: "other", $: "Dates…" });
    expect(doc.metadata.form.buttons).toBeUndefined();
  });

  it("has a Back button directly in its toolbar and a breadcrumb", async () => {
    const doc = await testPanel().as("admin")({
      func: "trafficdetails",
      elid: "1",
      period: "currentweek",
    });
    expect(doc.metadata.toolbar).toEqual({
      toolbtn: [{ $name: "back", $func: "traffic", $type: "back", $img: "t-back" }],
    });
    expect(doc.messages.msg.short_back).toBe("Back");
    expect(doc.breadcrumb.elem.map((crumb: any) => crumb.$name)).toEqual([
      "Traffic",
      "web1.acme.example",
    ]);
    expect(doc.breadcrumb.elem[0].param).toEqual({ $name: "period", $: "currentweek" });
  });

  it("nests bands in the metadata and in reportdata, with an empty band, totals and every diagram", async () => {
    const doc = await testPanel().as("admin")({
      func: "trafficdetails",
      elid: "1",
      period: "currentweek",
      sok: "ok",
    });
    const bands = doc.metadata.band;
    expect(bands.map((band: any) => band.$name)).toEqual(["days", "protocols", "hours"]);
    expect(bands[0].band.map((band: any) => band.$name)).toEqual(["ports"]);
    expect(bands[0].band[0].band.map((band: any) => band.$name)).toEqual(["errors"]);
    expect(bands.map((band: any) => band.diagram[0].$type)).toEqual(["line", "pie", "bar"]);
    expect(bands[0].diagram[0]).toEqual({
      $type: "line",
      $label: "date",
      $data: "rx,tx",
      line: [{ $data: "rx" }, { $data: "tx" }],
    });
    expect(bands[0].col[0]).toMatchObject({ $name: "date", $total: "count" });
    expect(bands[0].col[1]).toMatchObject({ $name: "rx", $total: "sum" });
    expect(bands[0].band[0].col[0]).toMatchObject({ $name: "device", $link: "yes" });

    const data = doc.reportdata;
    expect(data.days.elem).toHaveLength(7);
    // A whole week of the details adds up to the traffic report's week.
    const sum = (rows: any[], col: string) =>
      rows.reduce((total: number, row) => total + Number(row[col].$orig), 0);
    const week = await testPanel().as("admin")({
      func: "traffic",
      period: "currentweek",
      sok: "ok",
    });
    expect(sum(data.days.elem, "rx")).toBe(Number(week.reportdata.traff.elem[0].rx.$orig));
    const ports = arrayOf(data.days.ports.elem);
    expect(ports).toEqual([
      {
        device: { $link: "func=switch.port&elid=1", $: "sw-r01" },
        port: { $: "Gi0/1" },
        rx: expect.objectContaining({ $orig: expect.any(String) }),
        tx: expect.objectContaining({ $orig: expect.any(String) }),
      },
    ]);
    // The errors band has no rows: an empty element inside its parent's.
    expect(data.days.ports.errors).toEqual({});
    expect(data.protocols.elem.map((row: any) => row.protocol.$)).toEqual([
      "HTTPS",
      "HTTP",
      "SSH",
      "DNS",
      "Other",
    ]);
    expect(data.hours.elem).toHaveLength(24);
    // The drill-down of a port cell opens that switch's port list.
    const target = await testPanel().as("admin")(query(ports[0].device.$link));
    expect(target.$func).toBe("switch.port");
    expect(target.metadata.$type).toBe("list");
  });

  it("builds a custom date range and refuses a bad one", async () => {
    const panel = testPanel();
    const admin = panel.as("admin");
    const range = await admin({
      func: "trafficdetails",
      elid: "3",
      period: "other",
      periodstart: "2026-01-01",
      periodend: "2026-01-10",
      sok: "ok",
    });
    expect(range.reportdata.days.elem.map((row: any) => row.date.$)).toHaveLength(10);
    expect(range.reportdata.days.elem[0].date.$).toBe("2026-01-01");
    expect(
      (
        await admin({
          func: "trafficdetails",
          elid: "3",
          period: "other",
          periodstart: "2026-01-10",
          periodend: "2026-01-01",
          sok: "ok",
        })
      ).error,
    ).toMatchObject({ $type: "value", $object: "periodend" });
    expect(
      (
        await admin({
          func: "trafficdetails",
          elid: "3",
          period: "other",
          periodstart: "",
          sok: "ok",
        })
      ).error,
    ).toMatchObject({ $type: "value", $object: "periodstart" });
    expect(
      (await admin({ func: "trafficdetails", elid: "3", period: "forever", sok: "ok" })).error
        .$object,
    ).toBe("period");
  });

  it("shows a customer their own servers only, without links to switches", async () => {
    const panel = testPanel();
    const own = await panel.as("acme")({
      func: "trafficdetails",
      elid: "2",
      period: "currentday",
      sok: "ok",
    });
    expect(arrayOf(own.reportdata.days.ports.elem)[0].device).toEqual({ $: "sw-r01" });
    expect((await panel.as("acme")({ func: "trafficdetails", elid: "5" })).error).toMatchObject({
      $type: "missed",
      $object: "server",
    });
    expect((await panel.as("acme")({ func: "trafficdetails" })).error.$type).toBe("missed");
  });
});

describe("the dashboard's blocks", () => {
  it("has a block of every kind: toolbar, list, report and url", async () => {
    const doc = await testPanel().as("acme")({ func: "dashboard" });
    expect(doc.block.map((block: Doc) => block.$type)).toEqual([
      "toolbar",
      "list",
      "report",
      "url",
    ]);
    expect(doc.block[3]).toEqual({
      $name: "sessions",
      $type: "url",
      $func: "/dcimgr?func=session&out=print&lang=en",
      $position: "right",
    });
    expect(doc.messages.msg.sessions).toBe("Who is signed in");
  });
});
