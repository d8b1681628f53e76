import { describe, expect, it } from "vitest";

import { assignSlots } from "./assign-slots";
import { noSlots, type RowSlots } from "./use-row-slots";

const rows = (from: number, count: number) =>
  Array.from({ length: count }, (_, index) => `r${String(from + index)}`);
const none = () => false;

/** The element of each row, by row. */
const byRow = (slots: RowSlots) =>
  new Map(slots.rows.map((row, index) => [row, slots.slots[index]]));

describe("assignSlots", () => {
  it("gives the first rows new elements and keeps the same answer for the same rows", () => {
    const first = assignSlots(noSlots, rows(0, 4), none);
    expect(first.slots).toEqual(["s1", "s2", "s3", "s4"]);
    expect(assignSlots(first, rows(0, 4), none)).toBe(first);
  });

  it("keeps a row's element while it stays drawn", () => {
    const first = assignSlots(noSlots, rows(0, 5), none);
    const next = assignSlots(first, rows(2, 5), none);
    for (const row of rows(2, 3)) expect(byRow(next).get(row)).toBe(byRow(first).get(row));
  });

  it("scrolling down, the rows that come take the elements of the rows that left", () => {
    const first = assignSlots(noSlots, rows(0, 5), none);
    const next = assignSlots(first, rows(2, 5), none);
    expect(next.slots).toEqual(["s3", "s4", "s5", "s1", "s2"]);
    expect(next.made).toBe(5);
  });

  it("a jump past every drawn row reuses every element in its order: none moves", () => {
    const first = assignSlots(noSlots, rows(0, 5), none);
    const next = assignSlots(first, rows(100, 5), none);
    expect(next.slots).toEqual(first.slots);
  });

  it("scrolling up a little makes new elements rather than moving the ones that stay", () => {
    const first = assignSlots(noSlots, rows(10, 5), none);
    const next = assignSlots(first, rows(9, 5), none);
    expect(next.slots).toEqual(["s6", "s1", "s2", "s3", "s4"]);
  });

  it("scrolling up further than what stays reuses the elements", () => {
    const first = assignSlots(noSlots, rows(10, 5), none);
    const next = assignSlots(first, rows(7, 5), none);
    expect(next.slots).toEqual(["s3", "s4", "s5", "s1", "s2"]);
  });

  it("never gives the element of a kept row (focus, a highlight) to another row", () => {
    const first = assignSlots(noSlots, rows(0, 3), none);
    const next = assignSlots(first, rows(50, 3), (row) => row === "r1");
    expect(next.slots).not.toContain(byRow(first).get("r1"));
    expect(new Set(next.slots).size).toBe(3);
  });

  it("gives a kept row that comes into view an element of its own", () => {
    const first = assignSlots(noSlots, rows(0, 3), none);
    const next = assignSlots(first, rows(50, 3), (row) => row === "r51");
    expect(next.slots).toEqual(["s1", "s4", "s2"]);
  });

  it("does not move the rows that stay when one of them is kept", () => {
    const first = assignSlots(noSlots, rows(10, 5), none);
    const next = assignSlots(first, rows(7, 5), (row) => row === "r10");
    expect(next.slots.slice(3)).toEqual(["s1", "s2"]);
    expect(next.slots.slice(0, 3)).toEqual(["s6", "s7", "s8"]);
  });

  it("keeps every key unique over a long scroll both ways", () => {
    let slots = noSlots;
    const starts = [0, 3, 9, 40, 41, 38, 20, 500, 497, 0];
    for (const start of starts) {
      slots = assignSlots(slots, rows(start, 8), (row) => row === "r40");
      expect(new Set(slots.slots).size).toBe(8);
    }
  });
});
