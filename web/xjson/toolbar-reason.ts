import type { ButtonModel, RowModel } from "./model";
import { buttonState, needsSelection, selectionNeed } from "./toolbar";

/**
 * Why a toolbar button cannot be pressed: it needs exactly one row, or at least one, or some
 * selected rows do not allow it (their own conditions say so; the first few are named).
 */
export type DisabledReason =
  | { kind: "selectOne" }
  | { kind: "selectSome" }
  | { kind: "rows"; rows: RowModel[]; more: boolean };

const namedRows = 3;

/**
 * The reason a disabled button gives (mgr5-protocol.md §5.2), or undefined when it is not
 * disabled. Stops after naming a few rows, so a page of 10,000 selected rows stays cheap.
 */
export function disabledReason(
  button: ButtonModel,
  selected: RowModel[],
): DisabledReason | undefined {
  if (buttonState(button, selected) !== "disabled") return undefined;
  if (selectionNeed(button) === "one" && selected.length !== 1) return { kind: "selectOne" };
  if (selected.length === 0 && needsSelection(button)) return { kind: "selectSome" };
  const rows: RowModel[] = [];
  let more = false;
  for (const row of selected) {
    if (buttonState(button, [row]) !== "disabled") continue;
    if (rows.length === namedRows) {
      more = true;
      break;
    }
    rows.push(row);
  }
  return rows.length > 0 ? { kind: "rows", rows, more } : { kind: "selectSome" };
}
