/*
 * The list grid's keys as commands (WAI-ARIA APG data grid), kept apart from the DOM so that the
 * rules can be read and tested alone.
 */
/**
 * A cell of the list's grid: `row` -1 is the header row, 0… the page's rows in order; `col` is
 * the cell's place in its row (`data-col`), the same in every row.
 */
export interface GridPosition {
  row: number;
  col: number;
}

/** What a key asks of the grid (WAI-ARIA APG data grid), before anything is looked up. */
export type GridCommand =
  | { kind: "move"; to: GridPosition; extend: boolean }
  | { kind: "toggle" }
  | { kind: "open" }
  | { kind: "selectAll" };

export interface GridShape {
  /** The page's rows, without the header row. */
  rows: number;
  /** The cells of a row focus can land on, in order; a cell the layout hides is left out. */
  columnsOf: (row: number) => readonly number[];
  /** Rows in a screenful, for PageUp and PageDown. */
  page: number;
}

interface PressedKey {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** The row's own cell in that column, else the nearest one before it, else its first. */
function nearest(columns: readonly number[], col: number): number {
  let found = columns[0] ?? col;
  for (const column of columns) if (column <= col) found = column;
  return found;
}

/**
 * The grid's keys as commands: arrows move by a cell, Home/End to the row's first and last cell,
 * Ctrl+Home/End to the first and last row, PageUp/PageDown by a screenful, Shift+↑/↓ extend the
 * selection, Space toggles the row, Enter opens it, Ctrl+A selects every row.
 */
export function gridCommand(
  pressed: PressedKey,
  at: GridPosition,
  shape: GridShape,
): GridCommand | undefined {
  const command = pressed.ctrlKey || pressed.metaKey;
  const toRow = (row: number, extend = false): GridCommand => {
    const target = Math.max(-1, Math.min(shape.rows - 1, row));
    const col = nearest(shape.columnsOf(target), at.col);
    return { kind: "move", to: { row: target, col }, extend: extend && at.row >= 0 && target >= 0 };
  };
  const toCol = (pick: (columns: readonly number[], place: number) => number | undefined) => {
    const columns = shape.columnsOf(at.row);
    const col = pick(columns, columns.indexOf(nearest(columns, at.col))) ?? at.col;
    return { kind: "move", to: { row: at.row, col }, extend: false } satisfies GridCommand;
  };
  switch (pressed.key) {
    case "ArrowDown":
      return toRow(at.row + 1, pressed.shiftKey);
    case "ArrowUp":
      return toRow(at.row - 1, pressed.shiftKey);
    case "ArrowRight":
      return toCol((columns, place) => columns[place + 1] ?? columns[place]);
    case "ArrowLeft":
      return toCol((columns, place) => columns[Math.max(0, place - 1)]);
    case "Home":
      return command ? toRow(0) : toCol((columns) => columns[0]);
    case "End":
      return command ? toRow(shape.rows - 1) : toCol((columns) => columns.at(-1));
    case "PageDown":
      return toRow(Math.max(0, at.row + shape.page));
    case "PageUp":
      return at.row < 0 ? undefined : toRow(Math.max(0, at.row - shape.page));
    case " ":
      return at.row >= 0 && !command ? { kind: "toggle" } : undefined;
    case "Enter":
      return at.row >= 0 ? { kind: "open" } : undefined;
    case "a":
    case "A":
      return command ? { kind: "selectAll" } : undefined;
    default:
      return undefined;
  }
}
