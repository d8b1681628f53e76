import type { ReactNode } from "react";

import type { ColumnModel, Messages, RowModel } from "../xjson/model";
import { uniqueKeys } from "./keys";
import { Cell } from "./list/cell";

interface DataTableProps {
  columns: ColumnModel[];
  rows: RowModel[];
  messages: Messages;
  compact?: boolean;
  /** A footer cell per column (totals); omit for none. */
  footer?: ReactNode[];
  /** The panel whose views drill-down cells open; without it they are drawn as text. */
  panel?: string;
}

function alignClass(column: ColumnModel): string | undefined {
  return column.align ? `align-${column.align}` : undefined;
}

/**
 * A read-only table of rows by their columns, for reports and dashboard blocks. Cells of a
 * `link="yes"` column open the view of the function each names (a drill-down, §7.1).
 */
export function DataTable({
  columns,
  rows,
  messages,
  compact = false,
  footer,
  panel,
}: DataTableProps) {
  const columnKeys = uniqueKeys(columns, (column) => column.name);
  const rowKeys = uniqueKeys(rows, (row) => row.key);
  return (
    <div className="table-scroll">
      <table className={compact ? "data-table compact" : "data-table"}>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th
                key={columnKeys[index]}
                scope="col"
                title={column.hint}
                className={alignClass(column)}
              >
                {column.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            <tr key={rowKeys[rowIndex]}>
              {columns.map((column, index) => (
                <td key={columnKeys[index]} className={alignClass(column)}>
                  <Cell column={column} row={row} messages={messages} panel={panel} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {footer && (
          <tfoot>
            <tr>
              {columns.map((column, index) => (
                <td key={columnKeys[index]} className={alignClass(column)}>
                  {footer[index]}
                </td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
