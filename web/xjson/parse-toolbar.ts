import { lookup } from "./dict";
import type { ButtonModel, ConditionModel, Messages, ToolGroupModel } from "./model";
import { attr, child, flag, nodes } from "./normalize";
import type { WireNode } from "./wire";

function conditionsOf(button: WireNode): ConditionModel[] {
  return (["hide", "show", "remove"] as const).flatMap((kind) =>
    nodes(button[kind]).map((node) => ({
      kind,
      name: attr(node, "name") ?? "",
      value: attr(node, "value") ?? "",
    })),
  );
}

/** A `toolbtn` in the list's button model, with its words from `messages`. */
function buttonOf(button: WireNode, messages: Messages): ButtonModel | undefined {
  const name = attr(button, "name");
  if (name === undefined || name === "") return undefined;
  return {
    name,
    func: attr(button, "func") ?? "",
    type: attr(button, "type") ?? "",
    img: attr(button, "img"),
    isDefault: flag(attr(button, "default")),
    noGroupEdit: flag(attr(button, "nogroupedit")),
    caption: lookup(messages, `short_${name}`) ?? lookup(messages, name) ?? name,
    hint: lookup(messages, `hint_${name}`),
    confirm: lookup(messages, `msg_confirm_${name}`),
    conditions: conditionsOf(button),
  };
}

function buttonsOf(parent: WireNode | undefined, messages: Messages): ButtonModel[] {
  return nodes(parent?.toolbtn)
    .map((button) => buttonOf(button, messages))
    .filter((button) => button !== undefined);
}

/**
 * A list's or report's toolbar (mgr5-protocol.md §5.2, §7.1) as groups of buttons. A report puts
 * its buttons (Back) straight into `toolbar`, outside any `toolgrp`: those form a first group
 * named "", so a renderer of groups draws them like any other. Empty groups are dropped.
 */
export function parseToolbar(metadata: WireNode | undefined, messages: Messages): ToolGroupModel[] {
  const toolbar = child(metadata, "toolbar");
  const loose: ToolGroupModel = { name: "", buttons: buttonsOf(toolbar, messages) };
  const groups = nodes(toolbar?.toolgrp).map((group) => ({
    name: attr(group, "name") ?? "",
    buttons: buttonsOf(group, messages),
  }));
  return [loose, ...groups].filter((group) => group.buttons.length > 0);
}
