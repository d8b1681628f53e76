import { useMemo, useState, type KeyboardEvent, type MouseEvent, type RefObject } from "react";

import { lookup } from "../../xjson/dict";
import type { ColumnModel, ListModel, RowModel } from "../../xjson/model";
import { useText } from "../../ui/lang-context";
import { uniqueKeys } from "../keys";
import { MenuButton, type MenuEntry } from "../../ui/menu-button";
import { Cell } from "./cell";

export interface ListTableProps {
  /** The panel whose views drill-down cells open. */
  panel: string;
  list: ListModel;
  columns: ColumnModel[];
  selectedKeys: ReadonlySet<string>;
  onSelect: (key: string, mode: { toggle?: boolean; range?: boolean }) => void;
  onSelectAll: (on: boolean) => void;
  onSort: (column: ColumnModel) => void;
  /** Double-click or Enter on a row: the list's default button. */
  onOpen: (key: string) => void;
  /** Rows an action just changed: marked for a moment, so the eye finds them. */
  changedKeys?: ReadonlySet<string>;
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
}

/** The list's table: header with sorting and "select all", rows with selection and keyboard. */
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
  scrollRef,
  virtual,
  visible,
  padTop,
  padBottom,
  scrollToIndex,
}: ListTableProps & RowWindow) {
  const t = useText();
  const allSelected = list.rows.length > 0 && selectedKeys.size === list.rows.length;
  // Rows of a long page are keyed once per page, not on every scroll.
  const rowKeys = useMemo(() => uniqueKeys(list.rows, (row) => row.key), [list.rows]);
  const columnKeys = uniqueKeys(columns, (column) => column.name);
  // One tab stop for the rows (roving tabindex): the row last focused, the first at the start.
  const [active, setActive] = useState(0);
  // The active row, or the first drawn one when a long page has scrolled it away.
  const tabStop = visible.some((item) => item.index === active) ? active : visible[0]?.index;
  const canOpen = list.toolbar.some((group) => group.buttons.some((button) => button.isDefault));
  const nameColumn = columns.find((column) => column.name === list.keyname) ?? columns[0];

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(list.rows.length - 1, index));
    scrollToIndex?.(target);
    requestAnimationFrame(() =>
      scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${target}"]`)?.focus(),
    );
  };

  const onRowKey = (event: KeyboardEvent, row: RowModel, index: number) => {
    if (event.key === "Enter") onOpen(row.key);
    else if (event.key === " ") onSelect(row.key, { toggle: true });
    else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      const next = index + (event.key === "ArrowDown" ? 1 : -1);
      const nextRow = list.rows[next];
      if (nextRow) onSelect(nextRow.key, { range: event.shiftKey });
      focusRow(next);
    } else if (event.key.toLowerCase() === "a" && (event.ctrlKey || event.metaKey))
      onSelectAll(true);
    else return;
    event.preventDefault();
  };

  const onRowClick = (event: MouseEvent, row: RowModel) => {
    onSelect(row.key, { toggle: event.ctrlKey || event.metaKey, range: event.shiftKey });
  };

  return (
    <div ref={scrollRef} className={virtual ? "table-scroll table-scroll-virtual" : "table-scroll"}>
      <table className="data-table" aria-rowcount={list.rows.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="select-col">
              <input
                type="checkbox"
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
                scope="col"
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
          </tr>
        </thead>
        <tbody>
          {padTop > 0 && <tr aria-hidden="true" style={{ height: padTop }} />}
          {visible.map(({ row, index }) => {
            const selected = selectedKeys.has(row.key);
            return (
              <tr
                key={rowKeys[index]}
                data-index={index}
                aria-rowindex={index + 2}
                aria-selected={selected}
                tabIndex={index === tabStop ? 0 : -1}
                onFocus={() => {
                  setActive(index);
                }}
                className={
                  [selected ? "selected" : "", changedKeys?.has(row.key) ? "changed" : ""]
                    .filter(Boolean)
                    .join(" ") || undefined
                }
                onClick={(event) => {
                  onRowClick(event, row);
                }}
                onDoubleClick={() => {
                  onOpen(row.key);
                }}
                onKeyDown={(event) => {
                  onRowKey(event, row, index);
                }}
              >
                <td
                  className="select-col"
                  onClick={(event) => {
                    event.stopPropagation();
                  }}
                  // Keys in the checkbox or the row's menu are theirs, not the row's.
                  onKeyDown={(event) => {
                    event.stopPropagation();
                  }}
                >
                  <input
                    type="checkbox"
                    tabIndex={-1}
                    aria-label={`${t("select")} ${lookup(row.cells, list.keyname)?.text ?? row.key}`}
                    checked={selected}
                    onChange={() => {
                      onSelect(row.key, { toggle: true });
                    }}
                  />
                  {rowActions && (
                    <MenuButton
                      className="row-menu"
                      icon="⋯"
                      tabIndex={-1}
                      label={`${t("rowActions")} ${lookup(row.cells, list.keyname)?.text ?? row.key}`}
                      entries={rowActions(row)}
                    />
                  )}
                </td>
                {columns.map((column, columnIndex) => (
                  <td
                    key={columnKeys[columnIndex]}
                    className={column.align ? `align-${column.align}` : undefined}
                    // A phone shows each row as a card: every value with its column's name.
                    data-label={column.title}
                  >
                    {canOpen && column === nameColumn && !column.link ? (
                      // The name opens the object (the list's default button), as in a file manager.
                      <button
                        type="button"
                        className="row-open"
                        tabIndex={-1}
                        onClick={(event) => {
                          event.stopPropagation();
                          onOpen(row.key);
                        }}
                      >
                        <Cell column={column} row={row} messages={list.messages} />
                      </button>
                    ) : (
                      <Cell column={column} row={row} messages={list.messages} panel={panel} />
                    )}
                  </td>
                ))}
              </tr>
            );
          })}
          {padBottom > 0 && <tr aria-hidden="true" style={{ height: padBottom }} />}
        </tbody>
      </table>
    </div>
  );
}
