import type { RowSlots } from "./use-row-slots";

/**
 * Gives each drawn row of a long page the element it is drawn in. A row keeps its element while
 * it stays drawn (focus, a tip or an open menu stay on their row), and the rows a scroll brings
 * take the elements of the rows it took away, so scrolling only changes what rows show instead of
 * making and dropping a few hundred elements a frame: that garbage made the collector pause for
 * tens of milliseconds in the middle of a frame (issue #11). Never reused: the element of a row
 * in `keep` (the one holding the grid's focus, which must leave the document with its row; one
 * an action just marked, whose highlight starts when it comes into view), nor one for such a row.
 * Elements are reused only where that moves fewer of them than it spares.
 */
export function assignSlots(
  last: RowSlots,
  rows: readonly string[],
  keep: (row: string) => boolean,
): RowSlots {
  if (rows.length === last.rows.length && rows.every((row, index) => row === last.rows[index]))
    return last;
  const before = new Map(last.rows.map((row, index) => [row, last.slots[index] ?? ""]));
  const staying = new Set(rows.filter((row) => before.has(row)));
  const free = last.rows.flatMap((row, index) =>
    staying.has(row) || keep(row) ? [] : [last.slots[index] ?? ""],
  );
  // React keeps the rows in place up to the first one it has to move and moves every later one:
  // reused elements go after the rows that stay (a scroll down), or the rows that stay are fewer
  // than the ones that come and none of them is kept (a moved element loses focus).
  const firstNew = rows.findIndex((row) => !staying.has(row));
  const lastStaying = rows.findLastIndex((row) => staying.has(row));
  const reuse =
    firstNew > lastStaying ||
    (rows.length - staying.size >= staying.size && ![...staying].some(keep));
  let made = last.made;
  const slots = rows.map((row) => {
    const kept = before.get(row);
    if (kept !== undefined) return kept;
    const freed = reuse && !keep(row) ? free.shift() : undefined;
    if (freed !== undefined) return freed;
    made += 1;
    return `s${String(made)}`;
  });
  return { rows, slots, made };
}
