import { lookup } from "./dict";
import type { ColumnModel, Messages, PropModel, RowModel } from "./model";

/**
 * The tooltip of a status icon: `hint_p_<prop>_<value>`, else `hint_p_<prop>`, else the raw
 * value, with `_value_` replaced by the row's value (mgr5-protocol.md §5.3). Reads own keys
 * only, so it is safe on any map a view hands it.
 */
export function propHint(messages: Messages, prop: string, value: string): string {
  const template =
    lookup(messages, `hint_p_${prop}_${value}`) ??
    lookup(messages, `hint_p_${prop}`) ??
    (value || prop);
  return template.replace(/_value_/g, value);
}

/** The icons a prop column shows for a row: `prop` when the row has it, `xprop` when it equals. */
export function activeProps(
  column: ColumnModel,
  row: RowModel,
): { prop: PropModel; value: string }[] {
  return column.props.flatMap((prop) => {
    const cell = lookup(row.cells, prop.name);
    if (!cell) return [];
    if (prop.value !== undefined && cell.text !== prop.value) return [];
    return [{ prop, value: cell.text }];
  });
}
