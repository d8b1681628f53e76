import { useCallback, useMemo, useRef, type RefObject } from "react";

import { lookup } from "../../xjson/dict";
import type { ColumnModel, ListModel, RowModel } from "../../xjson/model";
import { useText } from "../../ui/lang-context";
import { uniqueKeys } from "../keys";
import type { MenuEntry } from "../../ui/menu-button";
import { GridRow } from "./grid-row";
import { useGridKeys } from "./use-grid-keys";
import { useRowSlots, type AssignSlots } from "./use-row-slots";
import { useSteadyColumns } from "./use-steady-columns";
import type { SelectMode } from "./use-selection";

export interface ListTableProps {
  /** The panel whose views drill-down cells open. */
  panel: string;
  list: ListModel;
  columns: ColumnModel[];
  selectedKeys: ReadonlySet<string>;
  onSelect: (key: string, mode: SelectMode) => void;
  onSelectAll: (on: boolean) => void;
  onSort: (column: ColumnModel) => void;
  /** Double-click or Enter on a row: the list's default button. */
  onOpen: (key: string) => void;
  /** Rows an action just changed: marked for a moment, so the eye finds them. */
  changedKeys?: ReadonlySet<string>;
  /** How far a long operation on a row got (percent), by row key. */
  progress?: ReadonlyMap<string, number>;
  /** The actions one row allows, for its own menu (on phones, where a row is a card). */
  rowActions?: (row: RowModel) => MenuEntry[];
}

function ariaSort(column: ColumnModel): "ascending" | "descending" | undefined {
  if (!column.sorted) return undefined;
  return column.sorted.direction === "asc" ? "ascending" : "descending";
}

/** Which rows are drawn: all of a short page, or the ones in view with padding around them. */
export interface RowWindow {
  scrollRef: RefObject<HTMLDivElement | null>;
  virtual: boolean;
  visible: { row: RowModel; index: number }[];
  padTop: number;
  padBottom: number;
  /** Brings a row into view before it is focused (a long page). */
  scrollToIndex?: (index: number) => void;
  /** The first rows of a long page, drawn while its code loads; focus passes to what replaces it. */
  interim?: boolean;
  /** A long page's rows take the elements of the rows a scroll took away (assign-slots.ts). */
  assignSlots?: AssignSlots;
}

/**
 * The list as a WAI-ARIA grid: a header row with sorting and "select all", then the rows with
 * selection, one tab stop and the grid's keys (use-grid-keys.ts). A long page draws the rows in
 * view; `aria-rowcount` and `aria-rowindex` tell a screen reader the page's real size.
 */
export function TableFrame({
  panel,
  list,
  columns,
  selectedKeys,
  onSelect,
  onSelectAll,
  onSort,
  onOpen,
  rowActions,
  changedKeys,
  progress,
  scrollRef,
  virtual,
  visible,
  padTop,
  padBottom,
  scrollToIndex,
  interim,
  assignSlots,
}: ListTableProps & RowWindow) {
  const t = useText();
  const rows = list.rows;
  const allSelected = rows.length > 0 && selectedKeys.size === rows.length;
  // Rows of a long page are keyed once per page, not on every scroll.
  const rowKeys = useMemo(() => uniqueKeys(rows, (row) => row.key), [rows]);
  // The same array while the columns stay, so the rows that stay are not drawn again.
  const columnKeys = useMemo(() => uniqueKeys(columns, (column) => column.name), [columns]);
  const canOpen = list.toolbar.some((group) => group.buttons.some((button) => button.isDefault));
  const nameColumn = columns.find((column) => column.name === list.keyname) ?? columns[0];
  const openColumn = canOpen && nameColumn && !nameColumn.link ? nameColumn : undefined;
  const gridRef = useRef<HTMLTableElement>(null);
  const keyOf = (index: number) => rows[index]?.key ?? "";
  const grid = useGridKeys({
    id: `${panel}/${list.func}/${list.plid ?? ""}`,
    gridRef,
    rowKeys,
    drawn: visible.map((item) => item.index),
    interim,
    scrollToIndex,
    onToggle: (index) => {
      onSelect(keyOf(index), { toggle: true });
    },
    onExtend: (from, to) => {
      onSelect(keyOf(to), { range: true, from: keyOf(from) });
    },
    onOpen: (index) => {
      onOpen(keyOf(index));
    },
    onSelectAll: () => {
      onSelectAll(true);
    },
  });
  const longest = useCallback(
    () =>
      columns.map((column) =>
        column.type === "data" || column.type === "msg"
          ? rows.reduce(
              (most, row) => Math.max(most, lookup(row.cells, column.name)?.text.length ?? 0),
              0,
            )
          : 0,
      ),
    [columns, rows],
  );
  useSteadyColumns(gridRef, virtual && interim !== true, columnKeys.join(" "), longest);
  // Never lent to another row: the row with focus, and rows just marked changed.
  const kept = new Set<string>();
  if (grid.activeKey !== undefined) kept.add(grid.activeKey);
  for (const { row, index } of visible)
    if (changedKeys?.has(row.key)) kept.add(rowKeys[index] ?? row.key);
  const slots = useRowSlots(
    visible.map(({ row, index }) => rowKeys[index] ?? row.key),
    interim === true ? undefined : assignSlots,
    (key) => kept.has(key),
  );
  const headerTab = (col: number) => (grid.tabStop.row === -1 && grid.tabStop.col === col ? 0 : -1);

  return (
    <div ref={scrollRef} className={virtual ? "table-scroll table-scroll-virtual" : "table-scroll"}>
      <table
        ref={gridRef}
        role="grid"
        className="data-table list-grid"
        aria-label={list.title}
        aria-multiselectable="true"
        aria-rowcount={rows.length + 1}
        onKeyDown={grid.onKeyDown}
        onKeyUp={grid.onKeyUp}
        onFocus={grid.onFocus}
        onBlur={grid.onBlur}
      >
        <thead>
          <tr data-index={-1} aria-rowindex={1}>
            <th role="columnheader" data-col={0} scope="col" className="select-col">
              <input
                type="checkbox"
                tabIndex={headerTab(0)}
                aria-label={t("selectAll")}
                checked={allSelected}
                onChange={(event) => {
                  onSelectAll(event.target.checked);
                }}
              />
            </th>
            {columns.map((column, index) => (
              <th
                key={columnKeys[index]}
                role="columnheader"
                data-col={index + 1}
                scope="col"
                tabIndex={column.sort ? undefined : headerTab(index + 1)}
                aria-sort={ariaSort(column)}
                title={column.hint}
                className={column.align ? `align-${column.align}` : undefined}
              >
                {column.sort ? (
                  // Chromium repeats a header on every printed page without the text of its
                  // buttons: print has the title as text.
                  <>
                    <span className="print-only" aria-hidden="true">
                      {column.title}
                    </span>
                    <button
                      type="button"
                      className="sort-button no-print"
                      tabIndex={headerTab(index + 1)}
                      onClick={() => {
                        onSort(column);
                      }}
                    >
                      {column.title}
                      <span aria-hidden="true" className="sort-mark">
                        {column.sorted ? (column.sorted.direction === "asc" ? "▲" : "▼") : ""}
                      </span>
                    </button>
                  </>
                ) : (
                  column.title
                )}
              </th>
            ))}
            {rowActions && (
              // The rows' menus are for phones, where a row is a card; so is their header.
              <th role="columnheader" scope="col" className="row-menu-col">
                <span className="visually-hidden">{t("menu")}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {padTop > 0 && <tr aria-hidden="true" style={{ height: padTop }} />}
          {visible.map(({ row, index }, position) => (
            <GridRow
              key={slots[position]}
              panel={panel}
              list={list}
              row={row}
              index={index}
              columns={columns}
              columnKeys={columnKeys}
              openColumn={openColumn}
              selected={selectedKeys.has(row.key)}
              changed={changedKeys?.has(row.key) ?? false}
              progress={progress?.get(row.key)}
              tabCol={grid.tabStop.row === index ? grid.tabStop.col : undefined}
              onSelect={onSelect}
              onOpen={onOpen}
              rowActions={rowActions}
            />
          ))}
          {padBottom > 0 && <tr aria-hidden="true" style={{ height: padBottom }} />}
        </tbody>
      </table>
    </div>
  );
}
