import type { ButtonModel, ListModel, RowModel, ToolGroupModel } from "../../xjson/model";
import { lookup } from "../../xjson/dict";
import { buttonState } from "../../xjson/toolbar";
import { disabledReason, type DisabledReason } from "../../xjson/toolbar-reason";
import { reasonText } from "./reason-text";
import { Button } from "../../ui/button";
import { Tooltip } from "../../ui/tooltip";
import { useText } from "../../ui/lang-context";
import { MenuButton } from "../../ui/menu-button";
import { uniqueKeys } from "../keys";

interface ListToolbarProps {
  list: ListModel;
  selected: RowModel[];
  onRun: (button: ButtonModel) => void;
}

interface Shown {
  button: ButtonModel;
  key: string;
  reason?: DisabledReason;
  disabled: boolean;
}

/** A group's name for its menu: the panel's `toolgrp_<name>` message, else the name itself. */
function groupLabel(group: ToolGroupModel, list: ListModel): string {
  const message = lookup(list.messages, `toolgrp_${group.name}`);
  if (message) return message;
  const name = group.name.replace(/[_-]+/g, " ").trim();
  return name ? name.charAt(0).toUpperCase() + name.slice(1) : "…";
}

/**
 * The list's buttons for the selection: the first group and single buttons in a row, every other
 * group folded into a menu of its own, so the toolbar stays one line. A disabled button says why.
 */
export function ListToolbar({ list, selected, onRun }: ListToolbarProps) {
  const t = useText();
  const groupKeys = uniqueKeys(list.toolbar, (group) => group.name);
  const groups = list.toolbar
    .map((group, index) => {
      const keys = uniqueKeys(group.buttons, (button) => button.name);
      const buttons: Shown[] = group.buttons
        .map((button, buttonIndex) => ({
          button,
          key: keys[buttonIndex] ?? button.name,
          state: buttonState(button, selected),
        }))
        .filter(({ state }) => state !== "hidden")
        .map(({ button, key, state }) => ({
          button,
          key,
          disabled: state === "disabled",
          reason: state === "disabled" ? disabledReason(button, selected) : undefined,
        }));
      return { group, key: groupKeys[index] ?? group.name, buttons };
    })
    .filter(({ buttons }) => buttons.length > 0);

  return (
    <div className="toolbar no-print" role="toolbar" aria-label={list.title}>
      {selected.length > 0 && (
        <span className="toolbar-count" aria-live="polite">
          {t("selectedCount", { count: selected.length })}
        </span>
      )}
      {groups.map(({ group, key, buttons }, index) =>
        index === 0 || buttons.length === 1 ? (
          <div key={key} className="toolbar-group">
            {buttons.map(({ button, key: buttonKey, disabled, reason }) => {
              const why = reasonText(reason, list, t);
              return (
                <Tooltip key={buttonKey} text={why ?? button.hint}>
                  <Button
                    // Not `disabled`: a disabled button cannot be focused, and its reason not heard.
                    aria-disabled={disabled || undefined}
                    variant={button.isDefault ? "primary" : "secondary"}
                    onClick={() => {
                      if (!disabled) onRun(button);
                    }}
                  >
                    {button.caption}
                  </Button>
                </Tooltip>
              );
            })}
          </div>
        ) : (
          <MenuButton
            key={key}
            label={groupLabel(group, list)}
            entries={buttons.map(({ button, key: buttonKey, reason, disabled }) => ({
              key: buttonKey,
              label: button.caption,
              title: button.hint,
              disabledReason: disabled ? (reasonText(reason, list, t) ?? "") : undefined,
              onSelect: () => {
                onRun(button);
              },
            }))}
          />
        ),
      )}
    </div>
  );
}
