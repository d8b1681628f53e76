import type { MenuEntry } from "../../ui/menu-button";
import type { Translate } from "../../ui/lang-context";
import type { ButtonModel, ListModel, RowModel } from "../../xjson/model";
import { buttonState, needsSelection } from "../../xjson/toolbar";
import { disabledReason } from "../../xjson/toolbar-reason";
import { reasonText } from "./reason-text";

/**
 * One row's own menu (a card on a phone): the toolbar's actions that take rows, for this row
 * alone, each saying why when it cannot run.
 */
export function rowMenu(
  list: ListModel,
  row: RowModel,
  run: (button: ButtonModel, rows: RowModel[]) => void,
  t: Translate,
): MenuEntry[] {
  return list.toolbar
    .flatMap((group) => group.buttons)
    .filter(needsSelection)
    .map((button) => ({ button, state: buttonState(button, [row]) }))
    .filter(({ state }) => state !== "hidden")
    .map(({ button, state }) => ({
      key: `${button.name}:${button.func}`,
      label: button.caption,
      title: button.hint,
      disabledReason:
        state === "disabled"
          ? (reasonText(disabledReason(button, [row]), list, t) ?? "")
          : undefined,
      onSelect: () => {
        run(button, [row]);
      },
    }));
}
