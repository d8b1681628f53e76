import { lookup } from "./dict";
import type { ButtonModel, RowModel } from "./model";

/** What a toolbar button shows for the current selection. */
export type ButtonState = "enabled" | "disabled" | "hidden";

/** How many selected rows a button type needs (mgr5-protocol.md §5.2): one, some, or any. */
export function selectionNeed(button: ButtonModel): "one" | "some" | "any" {
  switch (button.type) {
    case "edit":
      return button.noGroupEdit ? "one" : "some";
    case "editlist":
    case "action":
    case "window":
    case "preview":
      return "one";
    case "group":
    case "groupdownload":
    case "groupform":
    case "groupwindow":
      return "some";
    default:
      return "any";
  }
}

function selectionAllows(button: ButtonModel, count: number): boolean {
  const need = selectionNeed(button);
  return need === "one" ? count === 1 : need === "some" ? count >= 1 : true;
}

/** A row's verdict from the button's conditions: `remove` hides, `hide` disables, `show` enables. */
function rowState(button: ButtonModel, row: RowModel): ButtonState {
  let hide = false;
  let hasShow = false;
  let shown = false;
  for (const condition of button.conditions) {
    const matches = (lookup(row.cells, condition.name)?.text ?? "") === condition.value;
    if (condition.kind === "show") {
      hasShow = true;
      shown ||= matches;
    } else if (matches) {
      if (condition.kind === "remove") return "hidden";
      hide = true;
    }
  }
  return hide || (hasShow && !shown) ? "disabled" : "enabled";
}

/**
 * Verdicts already reached, by button and row. Models are never changed once parsed, so a
 * verdict holds as long as both objects live: toggling one row after "select all" on 10,000
 * looks each row up instead of checking its conditions again.
 */
const verdicts = new WeakMap<ButtonModel, WeakMap<RowModel, ButtonState>>();

function cachedRowState(button: ButtonModel, row: RowModel): ButtonState {
  let byRow = verdicts.get(button);
  if (!byRow) {
    byRow = new WeakMap();
    verdicts.set(button, byRow);
  }
  let state = byRow.get(row);
  if (state === undefined) {
    state = rowState(button, row);
    byRow.set(row, state);
  }
  return state;
}

/**
 * Whether a toolbar button can be pressed for the selected rows: the selection its type needs,
 * then its per-row conditions. With several rows it is enabled only if every row allows it.
 */
export function buttonState(button: ButtonModel, selected: RowModel[]): ButtonState {
  const allowed = selectionAllows(button, selected.length);
  // Only a `remove` condition can hide a button: without one, a selection the button's type does
  // not take disables it whatever the rows say, and a button without conditions needs no look
  // at the rows at all. "Select all" on 10,000 rows stays cheap.
  if (!allowed && !button.conditions.some((condition) => condition.kind === "remove"))
    return "disabled";
  let disabled = false;
  if (button.conditions.length > 0)
    for (const row of selected) {
      const state = cachedRowState(button, row);
      if (state === "hidden") return "hidden";
      if (state === "disabled") disabled = true;
    }
  return !allowed || disabled ? "disabled" : "enabled";
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
