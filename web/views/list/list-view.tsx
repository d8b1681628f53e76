import type { ColumnModel, ListModel, RowModel } from "../../xjson/model";
import { activeProps, propHint } from "../../xjson/hints";
import { useText } from "../../ui/lang-context";
import { StatusIcon } from "../../ui/status-icon";

interface ListViewProps {
  list: ListModel;
}

function Cell({ column, row, list }: { column: ColumnModel; row: RowModel; list: ListModel }) {
  if (column.type === "prop") {
    return (
      <>
        {activeProps(column, row).map(({ prop, value }) => (
          <StatusIcon
            key={prop.name}
            img={prop.img}
            label={propHint(list.messages, prop.name, value)}
          />
        ))}
      </>
    );
  }
  const cell = row.cells[column.name];
  if (!cell) return null;
  return (
    <>
      {column.type === "msg"
        ? (list.messages[`msg_${cell.text}`] ?? list.messages[cell.text] ?? cell.text)
        : cell.text}
    </>
  );
}

/** A list document as a table: column titles from `messages`, rows from `elem`. */
export function ListView({ list }: ListViewProps) {
  const t = useText();
  return (
    <section aria-labelledby="list-title">
      <h1 id="list-title">{list.title}</h1>
      <table className="data-table">
        <thead>
          <tr>
            {list.columns.map((column) => (
              <th
                key={column.name}
                scope="col"
                title={column.hint}
                className={column.align ? `align-${column.align}` : undefined}
              >
                {column.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {list.rows.map((row, index) => (
            <tr key={row.key || index}>
              {list.columns.map((column) => (
                <td
                  key={column.name}
                  className={column.align ? `align-${column.align}` : undefined}
                >
                  <Cell column={column} row={row} list={list} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {list.rows.length === 0 && <p className="list-footer">{t("nothingHere")}</p>}
      <p className="list-footer">
        {list.messages.p_elems ?? t("total")}: {list.page.total}
      </p>
    </section>
  );
}
