// @vitest-environment node
import { describe, expect, it } from "vitest";

import { createEmulator } from "../mocks/emulator/core";
import type { BandModel, ReportModel } from "./model";
import { parsePage } from "./parse-page";
import { parseReport } from "./parse-report";
import { drillDown } from "./parse-report-link";
import { columnTotal } from "./totals";
import type { WireNode } from "./wire";

/** The wire JSON of `trafficdetails` (mgr5-protocol.md §7.1), cut to what these tests read. */
const details: WireNode = {
  $func: "trafficdetails",
  metadata: {
    $name: "trafficdetails",
    $type: "report",
    $firstrun: "no",
    toolbar: { toolbtn: [{ $name: "back", $func: "traffic", $type: "back", $img: "t-back" }] },
    band: [
      {
        $name: "days",
        diagram: [{ $type: "line", $label: "date", $data: "rx,tx" }],
        col: [
          { $name: "date", $total: "count" },
          { $name: "rx", $total: "sum" },
        ],
        band: {
          $name: "ports",
          col: [{ $name: "device", $link: "yes" }, { $name: "port" }],
          band: { $name: "errors", col: [{ $name: "time" }, { $name: "error" }] },
        },
      },
      {
        $name: "protocols",
        diagram: { $type: "pie", $label: "protocol", line: { $data: "rx" } },
        col: [{ $name: "protocol" }, { $name: "rx" }],
      },
      { $name: "hours", diagram: { $type: "radar", $data: "rx" }, col: [{ $name: "hour" }] },
    ],
  },
  messages: {
    msg: {
      title: "Traffic of a server",
      short_back: "Back",
      hint_back: "Back to all",
      days: "By day",
      ports: "By switch port",
      errors: "Port errors",
    },
  },
  elid: { $: "1" },
  reportdata: {
    days: {
      elem: [
        { date: { $: "2026-05-22" }, rx: { $orig: "1024", $: "1.0 KiB" } },
        { date: { $: "2026-05-23" }, rx: { $orig: "2048", $: "2.0 KiB" } },
      ],
      ports: {
        elem: { device: { $link: "func=switch.port&elid=1", $: "sw-r01" }, port: { $: "Gi0/1" } },
        errors: {},
      },
    },
    protocols: { elem: [{ protocol: { $: "HTTPS" }, rx: { $: "7" } }] },
  },
};

const band = (bands: BandModel[], ...path: string[]): BandModel => {
  let found: BandModel | undefined;
  let level = bands;
  for (const name of path) {
    found = level.find((candidate) => candidate.name === name);
    level = found?.bands ?? [];
  }
  if (!found) throw new Error(`no band ${path.join(".")}`);
  return found;
};

describe("parseReport: nested bands, links, toolbar and diagrams", () => {
  const model = parseReport(details);

  it("nests bands as the metadata nests them, each with its own rows from its parent's data", () => {
    expect(model.bands.map((b) => b.name)).toEqual(["days", "protocols", "hours"]);
    const days = band(model.bands, "days");
    expect(days.rows.map((row) => row.cells.date?.text)).toEqual(["2026-05-22", "2026-05-23"]);
    expect(days.bands.map((b) => b.name)).toEqual(["ports"]);
    const ports = band(model.bands, "days", "ports");
    expect(ports.title).toBe("By switch port");
    expect(ports.rows).toHaveLength(1);
    expect(ports.bands.map((b) => b.name)).toEqual(["errors"]);
    expect(band(model.bands, "hours").rows).toEqual([]);
  });

  it("keeps a band whose data is an empty element, with its title and no rows", () => {
    const errors = band(model.bands, "days", "ports", "errors");
    expect(errors).toMatchObject({ title: "Port errors", rows: [], bands: [] });
    expect(errors.columns.map((column) => column.name)).toEqual(["time", "error"]);
  });

  it("counts and sums a band's rows for its totals", () => {
    const days = band(model.bands, "days");
    const [date, rx] = days.columns;
    if (!date || !rx) throw new Error("fixture");
    expect(columnTotal(date, days.rows, "en")).toBe("2");
    expect(columnTotal(rx, days.rows, "en")).toBe("3.0 KiB");
  });

  it("tells a report not built yet (firstrun=no, no reportdata) from one built empty", () => {
    expect(model).toMatchObject({ waitsForParams: true, built: true, elid: "1" });
    const unbuilt = { ...details };
    delete unbuilt.reportdata;
    const waiting = parseReport(unbuilt);
    expect(waiting).toMatchObject({ waitsForParams: true, built: false });
    expect(band(waiting.bands, "days", "ports").rows).toEqual([]);
    const plain = parseReport({ metadata: { $type: "report" }, reportdata: {} });
    expect(plain).toMatchObject({ waitsForParams: false, built: true, toolbar: [] });
  });

  it("reads buttons straight in the toolbar as a group without a name, and groups too", () => {
    expect(model.toolbar).toEqual([
      {
        name: "",
        buttons: [
          expect.objectContaining({
            name: "back",
            func: "traffic",
            type: "back",
            img: "t-back",
            caption: "Back",
            hint: "Back to all",
          }),
        ],
      },
    ]);
    const grouped = parseReport({
      metadata: {
        toolbar: {
          toolbtn: { $name: "print", $func: "x", $type: "url" },
          toolgrp: [
            { $name: "g", toolbtn: { $name: "edit", $func: "server.edit", $type: "edit" } },
            { $name: "empty" },
          ],
        },
      },
    });
    expect(grouped.toolbar.map((group) => [group.name, group.buttons.map((b) => b.name)])).toEqual([
      ["", ["print"]],
      ["g", ["edit"]],
    ]);
  });

  it("marks link columns and reads each cell's own target, dropping the door's parameters", () => {
    const ports = band(model.bands, "days", "ports");
    const [device, port] = ports.columns;
    const row = ports.rows[0];
    if (!device || !port || !row) throw new Error("fixture");
    expect([device.link, port.link]).toEqual([true, false]);
    expect(drillDown(device, row)).toEqual({ func: "switch.port", params: { elid: "1" } });
    expect(drillDown(port, row)).toBeUndefined();
    const cell = (link: string) => ({
      key: "1",
      cells: { device: { text: "x", attrs: { link } } },
    });
    expect(drillDown(device, cell("func=a.b&elid=2&out=xml&authinfo=a:b&sok=ok"))).toEqual({
      func: "a.b",
      params: { elid: "2", sok: "ok" },
    });
    expect(drillDown(device, cell("elid=2"))).toBeUndefined();
    expect(drillDown(device, cell("func=../../x"))).toBeUndefined();
    expect(
      drillDown(device, { key: "1", cells: { device: { text: "plain", attrs: {} } } }),
    ).toBeUndefined();
  });

  it("reads every diagram type, with data from `data` or its lines; unknown ones are unsupported", () => {
    expect(model.bands.flatMap((b) => b.diagrams)).toEqual([
      { type: "line", declared: "line", label: "date", data: ["rx", "tx"] },
      { type: "pie", declared: "pie", label: "protocol", data: ["rx"] },
      { type: "unsupported", declared: "radar", label: "hour", data: ["rx"] },
    ]);
    const bar = parseReport({
      metadata: { band: { $name: "b", diagram: { $type: "bar", $label: "l", $data: "v" } } },
    });
    expect(bar.bands[0]?.diagrams[0]?.type).toBe("bar");
  });

  it("stops nesting bands at a sane depth", () => {
    let metadata: WireNode = { $name: "leaf" };
    for (let depth = 0; depth < 100; depth += 1) metadata = { $name: `b${depth}`, band: metadata };
    let levels = 0;
    for (
      let bands = parseReport({ metadata: { band: metadata } }).bands;
      bands.length > 0;
      bands = bands[0]?.bands ?? []
    )
      levels += 1;
    expect(levels).toBe(16);
  });
});

describe("parseReport over the emulator's replies", () => {
  const ask = async (params: Record<string, string>, user = "admin"): Promise<ReportModel> => {
    const emulator = createEmulator({ now: () => 1_780_000_000_000 });
    const body = new URLSearchParams({ out: "xjson", authinfo: `${user}:${user}`, ...params });
    const response = await emulator.handle(
      new Request("http://panel.test/dcimgr", { method: "POST", body }),
      "192.0.2.10",
    );
    const page = parsePage((JSON.parse(await response.text()) as { doc: WireNode }).doc);
    if (page.kind !== "report") throw new Error(`not a report: ${page.kind}`);
    return page;
  };

  it("reads trafficdetails unbuilt, with its conditional period form and its Back button", async () => {
    const report = await ask({ func: "trafficdetails", elid: "1" });
    expect(report).toMatchObject({
      func: "trafficdetails",
      elid: "1",
      waitsForParams: true,
      built: false,
    });
    expect(report.fields.map((field) => [field.name, field.kind])).toEqual([
      ["period", "select"],
      ["periodstart", "text"],
      ["periodend", "text"],
    ]);
    expect(
      report.toolbar[0]?.buttons.map((button) => [button.type, button.func, button.caption]),
    ).toEqual([["back", "traffic", "Back"]]);
  });

  it("reads trafficdetails built: nested, empty and charted bands, and the switch links", async () => {
    const report = await ask({
      func: "trafficdetails",
      elid: "1",
      period: "currentweek",
      sok: "ok",
    });
    expect(report.built).toBe(true);
    expect(band(report.bands, "days").rows).toHaveLength(7);
    expect(band(report.bands, "days", "ports", "errors")).toMatchObject({
      title: "Port errors",
      rows: [],
    });
    expect(report.bands.map((b) => b.diagrams.map((d) => d.type))).toEqual([
      ["line"],
      ["pie"],
      ["bar"],
    ]);
    const ports = band(report.bands, "days", "ports");
    const [device] = ports.columns;
    const row = ports.rows[0];
    if (!device || !row) throw new Error("no port row");
    expect(drillDown(device, row)).toEqual({ func: "switch.port", params: { elid: "1" } });
  });

  it("reads the traffic report's host cells as drill-downs into trafficdetails", async () => {
    const report = await ask({ func: "traffic", period: "lastmonth" }, "acme");
    const traffic = band(report.bands, "traff");
    const hostname = traffic.columns.find((column) => column.name === "hostname");
    const row = traffic.rows[0];
    if (!hostname || !row) throw new Error("no host row");
    expect(drillDown(hostname, row)).toEqual({
      func: "trafficdetails",
      params: { elid: "1", period: "lastmonth", sok: "ok" },
    });
  });
});
