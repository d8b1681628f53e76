import type { ButtonModel, ListModel, RowModel } from "../../xjson/model";
import { lookup } from "../../xjson/dict";

/** Names shown in a confirmation before the rest are counted. */
const namedInConfirm = 10;

/** A row by its name (`keyname`), or its key when the name column is missing. */
export function rowName(row: RowModel, list: ListModel): string {
  return lookup(row.cells, list.keyname)?.text ?? row.key;
}

/** The rows by their names (`keyname`): the first few, then "and N more". */
export function rowNames(
  rows: RowModel[],
  list: ListModel,
  more: (count: number) => string,
): string {
  return namesIn(
    rows.map((row) => rowName(row, list)),
    list,
    more,
  );
}

/** Names joined by the panel's delimiter, the first ten, then "and N more". */
export function namesIn(names: string[], list: ListModel, more: (count: number) => string): string {
  const delimiter = list.messages.msg_confirm_delimiter ?? ", ";
  const shown = names.slice(0, namedInConfirm).join(delimiter);
  const rest = names.length > namedInConfirm ? ` ${more(names.length - namedInConfirm)}` : "";
  return `${shown}${rest}`;
}

/** A group confirmation: the panel's question and the rows it is about. */
export function confirmText(
  button: ButtonModel,
  rows: RowModel[],
  list: ListModel,
  more: (count: number) => string,
): string {
  return `${button.confirm ?? button.caption} ${rowNames(rows, list, more)}?`;
}
