import type { ButtonModel, ListModel, RowModel } from "../../xjson/model";
import { buttonState } from "../../xjson/toolbar";
import { Button } from "../../ui/button";

interface ListToolbarProps {
  list: ListModel;
  selected: RowModel[];
  onRun: (button: ButtonModel) => void;
}

/** The list's buttons in their groups, enabled by the selection and each row's conditions. */
export function ListToolbar({ list, selected, onRun }: ListToolbarProps) {
  return (
    <div className="toolbar no-print" role="toolbar" aria-label={list.title}>
      {list.toolbar.map((group) => {
        const buttons = group.buttons
          .map((button) => ({ button, state: buttonState(button, selected) }))
          .filter(({ state }) => state !== "hidden");
        if (buttons.length === 0) return null;
        return (
          <div key={group.name} className="toolbar-group">
            {buttons.map(({ button, state }) => (
              <Button
                key={button.name}
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
