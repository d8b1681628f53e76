import type { ButtonModel, ListModel, RowModel } from "../../xjson/model";
import { buttonState } from "../../xjson/toolbar";
import { Button } from "../../ui/button";
import { uniqueKeys } from "../keys";

interface ListToolbarProps {
  list: ListModel;
  selected: RowModel[];
  onRun: (button: ButtonModel) => void;
}

/** The list's buttons in their groups, enabled by the selection and each row's conditions. */
export function ListToolbar({ list, selected, onRun }: ListToolbarProps) {
  const groupKeys = uniqueKeys(list.toolbar, (group) => group.name);
  return (
    <div className="toolbar no-print" role="toolbar" aria-label={list.title}>
      {list.toolbar.map((group, groupIndex) => {
        const keys = uniqueKeys(group.buttons, (button) => button.name);
        const buttons = group.buttons
          .map((button, index) => ({
            button,
            key: keys[index],
            state: buttonState(button, selected),
          }))
          .filter(({ state }) => state !== "hidden");
        if (buttons.length === 0) return null;
        return (
          <div key={groupKeys[groupIndex]} className="toolbar-group">
            {buttons.map(({ button, key, state }) => (
              <Button
                key={key}
                title={button.hint}
                disabled={state === "disabled"}
                variant={button.isDefault ? "primary" : "secondary"}
                onClick={() => {
                  onRun(button);
                }}
              >
                {button.caption}
              </Button>
            ))}
          </div>
        );
      })}
    </div>
  );
}
