import { act, renderHook } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import type { RowModel } from "../../xjson/model";
import { useSelection } from "./use-selection";

const page = (count: number, from = 1): RowModel[] =>
  Array.from({ length: count }, (_, index) => ({ key: String(from + index), cells: {} }));

function selectionOf(rows: RowModel[]) {
  const hook = renderHook(({ rows: shown }) => useSelection(shown), { initialProps: { rows } });
  const selected = () => hook.result.current.selectedRows.map((row) => row.key);
  return { hook, selected, current: () => hook.result.current };
}

describe("actions", () => {
  it("toggles one row off after select-all and keeps every other row selected", () => {
    const { selected, current } = selectionOf(page(10_000));
    act(() => {
      current().selectAll(true);
    });
    act(() => {
      current().select("5000", { toggle: true });
    });
    expect(current().selectedKeys.size).toBe(9_999);
    expect(current().selectedKeys.has("5000")).toBe(false);
    expect(selected().slice(4_998, 5_000)).toEqual(["4999", "5001"]);
    act(() => {
      current().select("5000", { toggle: true });
    });
    expect(current().selectedKeys.size).toBe(10_000);
  });

  it("selects the range from the anchor, in page order, whichever way it goes", () => {
    const { selected, current } = selectionOf(page(10));
    act(() => {
      current().select("7");
    });
    act(() => {
      current().select("3", { range: true });
    });
    expect(selected()).toEqual(["3", "4", "5", "6", "7"]);
    act(() => {
      current().select("9", { range: true });
    });
    expect(selected()).toEqual(["7", "8", "9"]);
  });

  it("extends from the row a keyboard step started on when nothing anchors the selection", () => {
    const { selected, current } = selectionOf(page(10));
    act(() => {
      current().select("5", { range: true, from: "4" });
    });
    expect(selected()).toEqual(["4", "5"]);
    act(() => {
      current().select("6", { range: true, from: "5" });
    });
    expect(selected()).toEqual(["4", "5", "6"]);
  });

  it("replaces the selection on a plain click and empties it on clear", () => {
    const { selected, current } = selectionOf(page(5));
    act(() => {
      current().select("2", { toggle: true });
      current().select("4", { toggle: true });
    });
    expect(selected()).toEqual(["2", "4"]);
    act(() => {
      current().select("3");
    });
    expect(selected()).toEqual(["3"]);
    act(() => {
      current().clear();
    });
    expect(selected()).toEqual([]);
  });

  it("drops rows that left the page and keeps the rest after a refresh", () => {
    const { hook, selected, current } = selectionOf(page(5));
    act(() => {
      current().selectAll(true);
    });
    hook.rerender({ rows: page(5, 3) });
    expect(selected()).toEqual(["3", "4", "5"]);
    expect(current().selectedKeys.size).toBe(3);
  });
});
