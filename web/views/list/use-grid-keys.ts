import {
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
} from "react";

import { gridCommand, type GridPosition } from "./use-grid-keys-command";
import { columnsOf, ownsKey, pageOf, positionOf, targetAt } from "./use-grid-keys-dom";

/**
 * Focus a grid had when it was unmounted for a redraw of the same page (a sort asks the panel
 * again and the page is drawn anew): the next grid of that list takes it back.
 */
let handoff:
  { id: string; path: string; until: number; key?: string; row: number; col: number } | undefined;

/** How long a handed-over focus waits for the next grid: a slow panel's sort, not a later visit. */
const handoffMs = 30_000;

function handedTo(id: string): typeof handoff {
  const valid =
    handoff?.id === id && handoff.path === window.location.pathname && handoff.until > Date.now();
  return valid ? handoff : undefined;
}

export interface GridKeysOptions {
  /** Which list the grid shows (panel, function, parent), to take focus back after a redraw. */
  id: string;
  gridRef: RefObject<HTMLElement | null>;
  /** The page's rows by key, in order: focus stays on its row when a refresh moves it. */
  rowKeys: readonly string[];
  /** The rows drawn now (a long page draws those in view). */
  drawn: readonly number[];
  /** A stand-in drawn while a long page's code loads: the grid that replaces it takes focus. */
  interim?: boolean;
  /** Brings a row into view, so that it is drawn (a long page). */
  scrollToIndex?: (index: number) => void;
  onToggle: (row: number) => void;
  /** Shift+↑/↓: the selection reaches from its anchor (or `from`) to `to`. */
  onExtend: (from: number, to: number) => void;
  onOpen: (row: number) => void;
  onSelectAll: () => void;
}

/**
 * The list as a grid with one tab stop (roving tabindex): which cell holds the stop, the keys,
 * and focus kept in the grid while rows come and go. A row scrolled out of a long page takes
 * focus with it: the grid holds it until the row is drawn again; a row a refresh removed hands
 * it to the row now in its place.
 */
export function useGridKeys(options: GridKeysOptions) {
  const { id, gridRef, rowKeys, drawn, interim = false, scrollToIndex } = options;
  const [active, setActive] = useState<{ key?: string; row: number; col: number }>(
    () => handedTo(id) ?? { row: 0, col: 0 },
  );
  /** A cell asked for before its row was drawn: focused as soon as it is. */
  const pending = useRef<GridPosition>(undefined);
  /** What had focus in the grid, while it has it: null once focus went elsewhere. */
  const focused = useRef<HTMLElement>(null);
  /** Focus handed over from the grid this one replaces, to be taken once its cell is drawn. */
  const restore = useRef<{ key?: string; row: number; col: number }>(undefined);
  /** The active cell as of the last render, for the unmount that hands it over. */
  const latest = useRef<{ key?: string; row: number; col: number }>({ row: 0, col: 0 });
  const indexOf = useMemo(() => new Map(rowKeys.map((key, index) => [key, index])), [rowKeys]);

  const known = active.key === undefined ? undefined : indexOf.get(active.key);
  // A refresh moved the row: its new place is where focus goes should it leave the page next.
  if (known !== undefined && known !== active.row) setActive({ ...active, row: known });
  const current = { row: known ?? Math.min(active.row, rowKeys.length - 1), col: active.col };
  const tabStop =
    current.row >= 0 && !drawn.includes(current.row)
      ? { row: drawn[0] ?? -1, col: current.col }
      : current;

  useLayoutEffect(() => {
    const grid = gridRef.current;
    const { pathname: path, search } = window.location;
    // The state was set up while the grid it replaces was still there: the cell comes now.
    const handed = handedTo(id);
    if (handed) {
      handoff = undefined;
      const active = document.activeElement;
      if (active === null || active === document.body) restore.current = handed;
    }
    return () => {
      // Unmounted with focus inside because the address changed within the page (a sort), or
      // replaced by the long page's own grid: a redraw, not a way out.
      const now = window.location;
      const redraw = interim || (now.pathname === path && now.search !== search);
      if (grid?.contains(document.activeElement) && redraw)
        handoff = { id, path, until: Date.now() + handoffMs, ...latest.current };
    };
  }, [id, gridRef, interim]);

  useLayoutEffect(() => {
    latest.current = { key: rowKeys[current.row], ...current };
    const grid = gridRef.current;
    if (!grid) return;
    const handed = restore.current;
    if (handed) {
      restore.current = undefined;
      const known = handed.key === undefined ? undefined : indexOf.get(handed.key);
      const to = { row: known ?? Math.min(handed.row, rowKeys.length - 1), col: handed.col };
      // Its focus event makes it the active cell.
      pending.current = to;
      // After the virtualizer has found its box, which its own effects do after this one.
      if (to.row >= 0 && !drawn.includes(to.row))
        requestAnimationFrame(() => scrollToIndex?.(to.row));
    }
    const wanted = pending.current;
    if (wanted) {
      const element = targetAt(grid, wanted);
      if (element) {
        pending.current = undefined;
        element.focus();
      }
      return;
    }
    const lost =
      focused.current?.isConnected === false &&
      (document.activeElement === null || document.activeElement === document.body);
    const parked = grid.hasAttribute("tabindex") && document.activeElement === grid;
    if (!lost && !parked) return;
    const element = targetAt(grid, current);
    if (element) element.focus({ preventScroll: true });
    else if (lost) {
      // The grid holds focus (and the keys) until the row is drawn again.
      grid.tabIndex = -1;
      grid.focus({ preventScroll: true });
    }
  });

  const moveTo = (to: GridPosition) => {
    const grid = gridRef.current;
    if (!grid) return;
    setActive({ key: rowKeys[to.row], ...to });
    const element = targetAt(grid, to);
    if (element) element.focus();
    else {
      pending.current = to;
      if (to.row >= 0) scrollToIndex?.(to.row);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const grid = gridRef.current;
    const target = event.target as HTMLElement;
    if (!grid || event.defaultPrevented || event.altKey || target.closest('[role="menu"]')) return;
    const at = positionOf(grid, target, current.col) ?? current;
    const command = gridCommand(event, at, {
      rows: rowKeys.length,
      columnsOf: (row) => columnsOf(grid, row),
      page: pageOf(grid),
    });
    if (!command || ownsKey(target, event.key)) return;
    event.preventDefault();
    pending.current = undefined;
    if (command.kind === "move") {
      if (command.extend) options.onExtend(at.row, command.to.row);
      moveTo(command.to);
    } else if (command.kind === "toggle") options.onToggle(at.row);
    else if (command.kind === "open") options.onOpen(at.row);
    else options.onSelectAll();
  };

  /** A button activates on Space's release: in a row, Space selects instead. */
  const onKeyUp = (event: KeyboardEvent<HTMLElement>) => {
    const target = event.target as HTMLElement;
    const row = target.closest<HTMLElement>("tr[data-index]");
    if (event.key !== " " || !row || row.dataset.index === "-1") return;
    if (target instanceof HTMLButtonElement && !target.hasAttribute("aria-haspopup"))
      event.preventDefault();
  };

  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const grid = gridRef.current;
    if (!grid || event.target === grid) return;
    grid.removeAttribute("tabindex");
    const at = positionOf(grid, event.target, current.col);
    if (!at) return;
    focused.current = event.target;
    const key = rowKeys[at.row];
    setActive((previous) =>
      previous.key === key && previous.row === at.row && previous.col === at.col
        ? previous
        : { key, ...at },
    );
  };

  const onBlur = (event: FocusEvent<HTMLElement>) => {
    const next = event.relatedTarget;
    if (next instanceof Node && gridRef.current?.contains(next)) return;
    const left = event.target;
    if (next) focused.current = null;
    // No new focus: a click outside, or the element left the document (a recycled row).
    else
      requestAnimationFrame(() => {
        if (left.isConnected && focused.current === left) focused.current = null;
      });
  };

  /** The row of the active cell, by key: the one focus is on while the grid has it. */
  const activeKey = rowKeys[current.row];
  return { tabStop, activeKey, onKeyDown, onKeyUp, onFocus, onBlur };
}
