import { callerOf, type FuncContext } from "../context";
import { el, type XNode } from "../tree";
import type { ConditionSpec, ControlSpec, FieldSpec, FormSpec } from "./form-spec";

export const defaultMaxLength = 1024;

/** Controls that only show something: never submitted, never read back. */
export const displayOnly = new Set<ControlSpec["kind"]>([
  "textdata",
  "htmldata",
  "desc",
  "list",
  "link",
  "img",
  "frame",
  "ticket",
]);

export function allowedFields(
  ctx: FuncContext,
  spec: FormSpec,
  data: { isNew: boolean; group?: boolean },
): FieldSpec[] {
  const level = callerOf(ctx).user.level;
  return spec.pages.flatMap((page) =>
    page.fields.filter(
      (field) =>
        (field.minLevel === undefined || level >= field.minLevel) &&
        !(data.isNew && field.removeIf === "new") &&
        (data.group ? field.group === true || field.groupOnly === true : !field.groupOnly),
    ),
  );
}

export function conditionsOf(field: FieldSpec): ConditionSpec[] {
  return [...(field.ifs ?? []), ...(field.conditions ?? [])];
}

export function conditionNodes(field: FieldSpec): XNode[] {
  return conditionsOf(field).map((condition) =>
    el(condition.otherwise ? "else" : "if", {
      value: condition.value,
      empty: condition.empty,
      hide: condition.hide,
      shadow: condition.shadow,
    }),
  );
}
