import { lookup } from "../../xjson/dict";
import { activeProps, propHint } from "../../xjson/hints";
import type { ColumnModel, Messages, RowModel } from "../../xjson/model";
import { StatusIcon } from "../../ui/status-icon";
import { uniqueKeys } from "../keys";

/** One cell by its column's type: text, a translated message, an indicator or status icons. */
export function Cell({
  column,
  row,
  messages,
}: {
  column: ColumnModel;
  row: RowModel;
  messages: Messages;
}) {
  if (column.type === "prop") {
    const active = activeProps(column, row);
    const keys = uniqueKeys(active, ({ prop }) => `${prop.name}:${prop.value ?? ""}`);
    return (
      <>
        {active.map(({ prop, value }, index) => (
          <StatusIcon
            key={keys[index]}
            img={prop.img}
            label={propHint(messages, prop.name, value)}
          />
        ))}
      </>
    );
  }
  const cell = lookup(row.cells, column.name);
  if (!cell) return null;
  if (column.type === "msg")
    return <>{lookup(messages, `msg_${cell.text}`) ?? lookup(messages, cell.text) ?? cell.text}</>;
  if (column.type === "indicator") {
    const percent = Number.parseFloat(cell.text);
    if (Number.isFinite(percent)) {
      return (
        <span className="indicator" title={cell.text}>
          <meter
            min={0}
            max={100}
            value={Math.min(100, Math.max(0, percent))}
            aria-label={column.title}
          />
          {cell.text}
        </span>
      );
    }
  }
  const orig = lookup(cell.attrs, "orig");
  return <span title={orig && orig !== cell.text ? orig : undefined}>{cell.text}</span>;
}
