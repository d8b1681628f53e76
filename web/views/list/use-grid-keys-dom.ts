/*
 * Where the list grid's cells are in the document: rows by `data-index` (-1 the header row),
 * cells by `data-col`, and the one element of a cell that takes focus.
 */
import type { GridPosition } from "./use-grid-keys-command";

/** Where focus goes in a cell: its one control (a checkbox, a button, a link), else the cell. */
function targetOf(cell: HTMLElement): HTMLElement {
  if (cell.hasAttribute("tabindex")) return cell;
  return cell.querySelector<HTMLElement>("[tabindex]") ?? cell;
}

/** False for a cell the layout hides (the row menu outside the phone layout). */
function shown(element: HTMLElement): boolean {
  return "checkVisibility" in element ? element.checkVisibility() : true;
}

function rowElement(grid: HTMLElement, row: number): HTMLElement | null {
  return grid.querySelector<HTMLElement>(`tr[data-index="${String(row)}"]`);
}

export function targetAt(grid: HTMLElement, at: GridPosition): HTMLElement | undefined {
  const cell = rowElement(grid, at.row)?.querySelector<HTMLElement>(
    `:scope > [data-col="${String(at.col)}"]`,
  );
  return cell ? targetOf(cell) : undefined;
}

/** A row's focusable cells; a row not drawn (a long page) has the cells of one that is. */
export function columnsOf(grid: HTMLElement, row: number): number[] {
  const element =
    rowElement(grid, row) ??
    grid.querySelector<HTMLElement>('tbody tr[data-index]:not([data-index="-1"])');
  if (!element) return [0];
  return Array.from(element.querySelectorAll<HTMLElement>(":scope > [data-col]"))
    .filter((cell) => shown(targetOf(cell)))
    .map((cell) => Number(cell.dataset.col));
}

/** Rows in a screenful: the rows that fit the list's box or the window, whichever is smaller. */
export function pageOf(grid: HTMLElement): number {
  const row = grid.querySelector<HTMLElement>("tbody tr[data-index]");
  const height = row?.getBoundingClientRect().height ?? 0;
  const box = grid.parentElement?.clientHeight ?? 0;
  const view = box > 0 ? Math.min(box, window.innerHeight) : window.innerHeight;
  return height > 0 ? Math.max(1, Math.floor(view / height) - 1) : 10;
}

export function positionOf(
  grid: HTMLElement,
  target: Element,
  col: number,
): GridPosition | undefined {
  const row = target.closest<HTMLElement>("tr[data-index]");
  if (!row || !grid.contains(row)) return undefined;
  const cell = target.closest<HTMLElement>("[data-col]");
  return {
    row: Number(row.dataset.index),
    col: cell && row.contains(cell) ? Number(cell.dataset.col) : col,
  };
}

/** Keys a control inside a cell handles itself: a checkbox's Space, a button's or link's Enter. */
export function ownsKey(target: HTMLElement, key: string): boolean {
  if (key === " ")
    return (
      (target instanceof HTMLInputElement && target.type === "checkbox") ||
      target.hasAttribute("aria-haspopup")
    );
  if (key === "Enter") return target.closest("button, a[href]") !== null;
  return false;
}
