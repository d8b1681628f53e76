import { lookup } from "./dict";
import type { ButtonModel, RowModel } from "./model";

/** What a toolbar button shows for the current selection. */
export type ButtonState = "enabled" | "disabled" | "hidden";

/** How many selected rows a button type needs (mgr5-protocol.md §5.2). */
function selectionAllows(button: ButtonModel, count: number): boolean {
  switch (button.type) {
    case "edit":
      return button.noGroupEdit ? count === 1 : count >= 1;
    case "editlist":
    case "action":
    case "window":
    case "preview":
      return count === 1;
    case "group":
    case "groupdownload":
    case "groupform":
    case "groupwindow":
      return count >= 1;
    default:
      return true;
  }
}

/** A row's verdict from the button's conditions: `remove` hides, `hide` disables, `show` enables. */
function rowState(button: ButtonModel, row: RowModel): ButtonState {
  const matches = (kind: string) =>
    button.conditions.some(
      (condition) =>
        condition.kind === kind &&
        (lookup(row.cells, condition.name)?.text ?? "") === condition.value,
    );
  if (matches("remove")) return "hidden";
  if (matches("hide")) return "disabled";
  const hasShow = button.conditions.some((condition) => condition.kind === "show");
  return hasShow && !matches("show") ? "disabled" : "enabled";
}

/**
 * Whether a toolbar button can be pressed for the selected rows: the selection its type needs,
 * then its per-row conditions. With several rows it is enabled only if every row allows it.
 */
export function buttonState(button: ButtonModel, selected: RowModel[]): ButtonState {
  const states = selected.map((row) => rowState(button, row));
  if (states.includes("hidden")) return "hidden";
  if (!selectionAllows(button, selected.length)) return "disabled";
  return states.includes("disabled") ? "disabled" : "enabled";
}

/** Buttons that act on the list as a whole, not on selected rows. */
export function needsSelection(button: ButtonModel): boolean {
  return ![
    "new",
    "editnosel",
    "list",
    "refresh",
    "back",
    "url",
    "windownosel",
    "groupformnosel",
    "func",
  ].includes(button.type);
}
