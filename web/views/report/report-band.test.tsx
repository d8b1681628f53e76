import { render, screen, waitFor, within } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { describe, expect, it, vi } from "vitest";

import type { WireNode } from "../../xjson/wire";
import { parseReport } from "../../xjson/parse-report";
import { ReportBand } from "./report-band";

function drawBand(band: WireNode, reportdata: WireNode, msg: Record<string, string> = {}) {
  const report = parseReport({
    metadata: { $type: "report", band },
    reportdata,
    messages: { msg },
  });
  const model = report.bands[0];
  if (!model) throw new Error("no band");
  return render(
    <MemoryRouter>
      <ReportBand band={model} messages={report.messages} lang="en" panel="dcimgr" />
    </MemoryRouter>,
  );
}

const cell = (text: string, orig?: string) => (orig ? { $: text, $orig: orig } : { $: text });

describe("a report band's charts", () => {
  it("draws an unknown diagram type as a visible placeholder, after the table", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    drawBand(
      {
        $name: "b",
        diagram: { $type: "radar", $label: "name", $data: "value" },
        col: [{ $name: "name" }, { $name: "value" }],
      },
      { b: { elem: [{ name: cell("a"), value: cell("1") }] } },
      { b: "Band" },
    );
    const note = screen.getByRole("note");
    expect(note).toHaveTextContent(
      "This kind of chart cannot be drawn by this interface yet: radar",
    );
    expect(
      screen.getByRole("table").compareDocumentPosition(note) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(warn).toHaveBeenCalledOnce();
  });

  it("draws a line with value ticks in the cells' units, and points that name their values", async () => {
    drawBand(
      {
        $name: "days",
        diagram: { $type: "line", $label: "date", $data: "rx" },
        col: [{ $name: "date" }, { $name: "rx" }],
      },
      {
        days: {
          elem: [
            { date: cell("2026-01-01"), rx: cell("1.0 GiB", String(1024 ** 3)) },
            { date: cell("2026-01-02"), rx: cell("3.0 GiB", String(3 * 1024 ** 3)) },
          ],
        },
      },
      { days: "By day", rx: "Received", date: "Date" },
    );
    const chart = await screen.findByRole("img", { name: "By day: Received" });
    expect(within(chart).getByText("3 GiB")).toBeInTheDocument();
    expect(within(chart).getByText("0 GiB")).toBeInTheDocument();
    expect(within(chart).getByText("2026-01-02")).toBeInTheDocument();
    expect(chart.querySelector("polyline")).not.toBeNull();
    expect([...chart.querySelectorAll("circle title")].map((title) => title.textContent)).toEqual([
      "2026-01-01 — Received: 1.0 GiB",
      "2026-01-02 — Received: 3.0 GiB",
    ]);
  });

  it("draws a pie of one column with each slice's share, leaving out slices of nothing", async () => {
    drawBand(
      {
        $name: "p",
        diagram: { $type: "pie", $label: "k", $data: "v" },
        col: [{ $name: "k" }, { $name: "v" }],
      },
      {
        p: {
          elem: [
            { k: cell("one"), v: cell("3") },
            { k: cell("two"), v: cell("1") },
            { k: cell("none"), v: cell("0") },
          ],
        },
      },
      { p: "Shares", v: "Value" },
    );
    const pie = await screen.findByRole("img", { name: "Shares: Value" });
    expect(pie.querySelectorAll("path")).toHaveLength(2);
    expect(screen.getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "one: 3 (75%)",
      "two: 1 (25%)",
    ]);
  });

  it("draws a pie of a single row as a whole circle, and bars with their values and axis", async () => {
    drawBand(
      {
        $name: "p",
        diagram: [
          { $type: "pie", $label: "k", $data: "v" },
          { $type: "histogram", $label: "k", $data: "v" },
        ],
        col: [{ $name: "k" }, { $name: "v" }],
      },
      { p: { elem: { k: cell("all"), v: cell("1200") } } },
      { v: "Value" },
    );
    await waitFor(() => {
      expect(screen.getAllByRole("img", { name: "Value" })).toHaveLength(2);
    });
    const [pie, bars] = screen.getAllByRole("img", { name: "Value" });
    if (!pie || !bars) throw new Error("no charts");
    expect(pie.querySelector("circle")).not.toBeNull();
    expect(bars.querySelector("rect")).not.toBeNull();
    expect(within(bars).getByText("1200")).toBeInTheDocument();
    expect(within(bars).getByText("1,000")).toBeInTheDocument();
  });
});
