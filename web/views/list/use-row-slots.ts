import { useState } from "react";

/** Which element (React key) draws which row of a long page, as of the last render. */
export interface RowSlots {
  /** The rows drawn, by key, in order. */
  rows: readonly string[];
  /** The element of each of them. */
  slots: readonly string[];
  /** How many elements were ever made: the next one is called `s<made>`. */
  made: number;
}

export const noSlots: RowSlots = { rows: [], slots: [], made: 0 };

/** Gives the rows drawn now their elements, from those of the last render (assign-slots.ts). */
export type AssignSlots = (
  last: RowSlots,
  rows: readonly string[],
  keep: (row: string) => boolean,
) => RowSlots;

/**
 * The element keys of the drawn rows of a long page, given by `assign` (assign-slots.ts, in the
 * long page's own chunk) and kept from one render to the next; without it each row is keyed by
 * itself.
 */
export function useRowSlots(
  rows: readonly string[],
  assign: AssignSlots | undefined,
  keep: (row: string) => boolean,
): readonly string[] {
  const [last, setLast] = useState(noSlots);
  const next = assign ? assign(last, rows, keep) : noSlots;
  // Stored at once: React draws this component again with it before its rows.
  if (next !== last) setLast(next);
  return assign ? next.slots : rows;
}
