import { useEffect, useRef } from "react";

import { useCommandStore } from "../../stores/command-store";
import { useText } from "../../ui/lang-context";
import type { ButtonModel, ListModel, RowModel } from "../../xjson/model";
import { buttonState } from "../../xjson/toolbar";
import { disabledReason } from "../../xjson/toolbar-reason";
import { reasonText } from "./reason-text";

/**
 * Offers the list's toolbar to the command palette while the list is on screen: each button for
 * the current selection, with the reason when it cannot run, as the toolbar shows it.
 */
export function usePaletteActions(
  list: ListModel,
  selected: RowModel[],
  run: (button: ButtonModel, rows: RowModel[]) => void,
) {
  const t = useText();
  const setActions = useCommandStore((state) => state.setActions);
  // The list's runner is a new function every render: read at run time, not a reason to recompute.
  const runner = useRef(run);
  useEffect(() => {
    runner.current = run;
  });
  useEffect(() => {
    const buttons = list.toolbar.flatMap((group) => group.buttons);
    setActions(
      buttons
        .map((button) => ({ button, state: buttonState(button, selected) }))
        .filter(({ state }) => state !== "hidden")
        .map(({ button, state }) => ({
          id: `action:${button.name}:${button.func}`,
          label: button.caption,
          group: "action" as const,
          unavailable:
            state === "disabled"
              ? (reasonText(disabledReason(button, selected), list, t) ?? "")
              : undefined,
          run: () => {
            runner.current(button, selected);
          },
        })),
    );
  }, [list, selected, setActions, t]);
  useEffect(
    () => () => {
      setActions([]);
    },
    [setActions],
  );
}
