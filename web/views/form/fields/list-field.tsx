import { lookup } from "../../../xjson/dict";
import { uniqueKeys } from "../../keys";
import type { FieldProps } from "./field-props";

/** An embedded list (§6.3 `list`): a table, or blocks of name–value pairs. */
export function EmbeddedList({ field }: FieldProps<"list">) {
  const columnKeys = uniqueKeys(field.columns, (column) => column.name);
  const rowKeys = field.rows.map((_, index) => String(index));
  if (field.listType === "block")
    return (
      <div className="embedded-blocks">
        {field.rows.map((row, index) => (
          <dl key={rowKeys[index]} className="embedded-block">
            {field.columns.map((column, columnIndex) => (
              <div key={columnKeys[columnIndex]}>
                <dt>{column.title}</dt>
                <dd>{lookup(row, column.name)?.text ?? ""}</dd>
              </div>
            ))}
          </dl>
        ))}
      </div>
    );
  return (
    <div className="table-scroll">
      <table className="data-table embedded-table" aria-label={field.label || field.name}>
        <thead>
          <tr>
            {field.columns.map((column, index) => (
              <th key={columnKeys[index]} scope="col">
                {column.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {field.rows.map((row, index) => (
            <tr key={rowKeys[index]}>
              {field.columns.map((column, columnIndex) => (
                <td key={columnKeys[columnIndex]}>{lookup(row, column.name)?.text ?? ""}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
