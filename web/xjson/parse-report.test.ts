// @vitest-environment node
import { describe, expect, it } from "vitest";

import { parseNotify } from "./parse-notify";
import { parseReport } from "./parse-report";
import { columnTotal } from "./totals";
import type { WireNode } from "./wire";

const report: WireNode = {
  $func: "traffic",
  metadata: {
    $name: "traffic",
    $type: "report",
    form: { field: { $name: "period", select: { $name: "period" } } },
    band: {
      $name: "traffic",
      diagram: { $type: "histogram", $label: "hostname", line: [{ $data: "rx" }, { $data: "tx" }] },
      col: [
        { $name: "hostname" },
        { $name: "rx", $total: "sum", $align: "right" },
        { $name: "tx", $total: "sum" },
      ],
    },
  },
  messages: {
    msg: {
      title: "Traffic",
      report_info: "Per server",
      traffic: "By server",
      hostname: "Server",
      rx: "Received",
      tx: "Sent",
    },
  },
  period: { $: "lastmonth" },
  slist: {
    $name: "period",
    val: [
      { $key: "currentmonth", $: "This month" },
      { $key: "lastmonth", $: "Last month" },
    ],
  },
  reportdata: {
    traffic: {
      elem: [
        {
          id: { $: "1" },
          hostname: { $: "a.example" },
          rx: { $orig: "1073741824", $: "1.0 GiB" },
          tx: { $orig: "536870912", $: "512.0 MiB" },
        },
        {
          id: { $: "2" },
          hostname: { $: "b.example" },
          rx: { $orig: "2147483648", $: "2.0 GiB" },
          tx: { $orig: "1073741824", $: "1.0 GiB" },
        },
      ],
    },
  },
};

describe("parseReport", () => {
  it("reads the parameter form, the bands, their diagrams and rows", () => {
    const model = parseReport(report);
    expect(model).toMatchObject({ kind: "report", title: "Traffic", info: "Per server" });
    expect(model.fields[0]).toMatchObject({ kind: "select", name: "period", value: "lastmonth" });
    const band = model.bands[0];
    expect(band?.title).toBe("By server");
    expect(band?.columns.map((column) => [column.name, column.total])).toEqual([
      ["hostname", undefined],
      ["rx", "sum"],
      ["tx", "sum"],
    ]);
    expect(band?.diagrams).toEqual([
      { type: "bar", declared: "histogram", label: "hostname", data: ["rx", "tx"] },
    ]);
    expect(band?.rows.map((row) => row.cells.hostname?.text)).toEqual(["a.example", "b.example"]);
  });

  it("reads a single row and an empty report", () => {
    const single = parseReport({
      ...report,
      reportdata: { traffic: { elem: { hostname: { $: "only" } } } },
    });
    expect(single.bands[0]?.rows).toHaveLength(1);
    const empty = parseReport({
      metadata: { $type: "report", band: { $name: "x", col: { $name: "a" } } },
    });
    expect(empty.bands[0]?.rows).toEqual([]);
    expect(empty.fields).toEqual([]);
  });

  it("sums raw values, writing sizes the way the cells do", () => {
    const band = parseReport(report).bands[0];
    if (!band) throw new Error("fixture");
    const [, rx, tx] = band.columns;
    if (!rx || !tx) throw new Error("fixture");
    expect(columnTotal(rx, band.rows, "en")).toBe("3.0 GiB");
    expect(columnTotal(tx, band.rows, "en")).toBe("1.5 GiB");
    expect(columnTotal({ ...rx, total: "count" }, band.rows, "en")).toBe("2");
    expect(
      columnTotal(
        { ...rx, total: "sum" },
        [
          { key: "1", cells: { rx: { text: "1200", attrs: {} } } },
          { key: "2", cells: { rx: { text: "34", attrs: {} } } },
        ],
        "en",
      ),
    ).toBe("1,234");
  });
});

describe("parseNotify", () => {
  it("reads the filter a badge counts when the panel names it after the function", () => {
    const item = (action: string) =>
      parseNotify({ notify: { item: { $name: "p", $action: action, msg: { $: "2" } } } }).items[0];
    expect(item("server&status=problem")).toMatchObject({
      action: "server",
      filter: { status: "problem" },
    });
    expect(item("func=ticket&state=new&owner=a%20b")).toMatchObject({
      action: "ticket",
      filter: { state: "new", owner: "a b" },
    });
    expect(item("server")).not.toHaveProperty("filter");
  });

  it("reads badge items with hints and actions, leaving out title and sound items", () => {
    const model = parseNotify({
      notify: {
        item: [
          { $name: "problems", $type: "list", $action: "server", msg: { $: "3" } },
          { $name: "title", $title: "yes", msg: { $: "(3)" } },
          { $name: "bell", $sound: "yes", src: { $: "/bell.ogg" } },
          { $name: "balance", $balance: "yes", value: { $: "12.00 $" } },
        ],
      },
      timeout: { $: "30" },
      messages: { msg: { hint_problems: "Servers with problems" } },
    });
    expect(model).toEqual({
      items: [
        { name: "problems", text: "3", hint: "Servers with problems", action: "server" },
        { name: "balance", text: "12.00 $", hint: "balance", action: undefined },
      ],
      timeoutSec: 30,
    });
    expect(parseNotify({ notify: { item: { $name: "one", msg: { $: "1" } } } })).toEqual({
      items: [{ name: "one", text: "1", hint: "one", action: undefined }],
      timeoutSec: 60,
    });
  });
});
