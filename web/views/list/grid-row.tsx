import { memo, type MouseEvent } from "react";

import { lookup } from "../../xjson/dict";
import type { ColumnModel, ListModel, RowModel } from "../../xjson/model";
import { drillDown } from "../../xjson/parse-report-link";
import { useText } from "../../ui/lang-context";
import { MenuButton, type MenuEntry } from "../../ui/menu-button";
import { Cell } from "./cell";
import type { SelectMode } from "./use-selection";

interface GridRowProps {
  panel: string;
  list: ListModel;
  row: RowModel;
  index: number;
  columns: ColumnModel[];
  columnKeys: string[];
  /** The column whose cell opens the row (the list's default button), if the list has one. */
  openColumn?: ColumnModel;
  selected: boolean;
  changed: boolean;
  /** How far a long operation on this row's object got, in percent, while it runs. */
  progress?: number;
  /** The cell (`data-col`) holding the grid's one tab stop, when this row has it. */
  tabCol?: number;
  onSelect: (key: string, mode: SelectMode) => void;
  onOpen: (key: string) => void;
  rowActions?: (row: RowModel) => MenuEntry[];
}

/**
 * One row of the list's grid. Each cell is a `gridcell` numbered by `data-col` (0 the checkbox,
 * then the columns, last the row's menu on phones); focus lands on a cell's one control, or on the
 * cell when it has none. Only the grid's tab stop has tabindex 0. Drawn again only when its props
 * change: the rows that stay while a long page scrolls are not.
 */
export const GridRow = memo(function GridRow({
  panel,
  list,
  row,
  index,
  columns,
  columnKeys,
  openColumn,
  selected,
  changed,
  progress,
  tabCol,
  onSelect,
  onOpen,
  rowActions,
}: GridRowProps) {
  const t = useText();
  const tab = (col: number) => (col === tabCol ? 0 : -1);
  const name = lookup(row.cells, list.keyname)?.text ?? row.key;
  const menuCol = columns.length + 1;

  const onRowClick = (event: MouseEvent) => {
    onSelect(row.key, { toggle: event.ctrlKey || event.metaKey, range: event.shiftKey });
  };

  return (
    <tr
      data-index={index}
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={
        [selected ? "selected" : "", changed ? "changed" : ""].filter(Boolean).join(" ") ||
        undefined
      }
      onClick={onRowClick}
      onDoubleClick={() => {
        onOpen(row.key);
      }}
    >
      <td
        role="gridcell"
        data-col={0}
        className="select-col"
        onClick={(event) => {
          event.stopPropagation();
        }}
      >
        <input
          type="checkbox"
          tabIndex={tab(0)}
          aria-label={`${t("select")} ${name}`}
          checked={selected}
          onChange={() => {
            onSelect(row.key, { toggle: true });
          }}
        />
      </td>
      {columns.map((column, columnIndex) => {
        const opens = column === openColumn;
        const linked = !opens && drillDown(column, row) !== undefined;
        return (
          <td
            key={columnKeys[columnIndex]}
            role="gridcell"
            data-col={columnIndex + 1}
            tabIndex={opens || linked ? undefined : tab(columnIndex + 1)}
            className={column.align ? `align-${column.align}` : undefined}
            // A phone shows each row as a card: every value with its column's name.
            data-label={column.title}
          >
            {opens ? (
              // The name opens the object (the list's default button), as in a file manager.
              <button
                type="button"
                className="row-open"
                tabIndex={tab(columnIndex + 1)}
                onClick={(event) => {
                  event.stopPropagation();
                  onOpen(row.key);
                }}
              >
                <Cell column={column} row={row} messages={list.messages} />
              </button>
            ) : (
              <Cell
                column={column}
                row={row}
                messages={list.messages}
                panel={panel}
                tabIndex={tab(columnIndex + 1)}
              />
            )}
            {columnIndex === 0 && progress !== undefined && (
              <progress
                className="row-progress"
                aria-label={`${name}: ${t("rowProgress")}`}
                value={progress}
                max={100}
              />
            )}
          </td>
        );
      })}
      {rowActions && (
        <td
          role="gridcell"
          data-col={menuCol}
          className="row-menu-col"
          onClick={(event) => {
            event.stopPropagation();
          }}
        >
          <MenuButton
            // A menu opened on one row never shows in the row drawn next in its element.
            key={row.key}
            className="row-menu"
            icon="⋯"
            tabIndex={tab(menuCol)}
            label={`${t("rowActions")} ${name}`}
            entries={rowActions(row)}
          />
        </td>
      )}
    </tr>
  );
});
