import { lookup } from "../../xjson/dict";
import type { FieldModel } from "../../xjson/model";

/** What a check before sending reads: the fields out of play, the values and the chosen files. */
export interface ShownState {
  hidden: Set<string>;
  shadowed: Set<string>;
  values: Record<string, string>;
  files: Record<string, File[]>;
}

const inPlay = (field: FieldModel, { hidden, shadowed }: ShownState) =>
  !hidden.has(field.name) && !shadowed.has(field.name);

/** Required fields left empty (a file field without a file); hidden and greyed ones excepted. */
export function missingFields(fields: FieldModel[], state: ShownState): FieldModel[] {
  return fields.filter(
    (field) =>
      field.required &&
      !field.readonly &&
      inPlay(field, state) &&
      field.kind !== "checkbox" &&
      (field.kind === "file"
        ? (state.files[field.name]?.length ?? 0) === 0
        : (lookup(state.values, field.name) ?? "") === ""),
  );
}

/** Password repeats (`checkpasswd`) that differ from the password they repeat. */
export function unequalRepeats(fields: FieldModel[], state: ShownState): FieldModel[] {
  return fields.filter(
    (field) =>
      field.kind === "text" &&
      field.confirms !== undefined &&
      inPlay(field, state) &&
      (lookup(state.values, field.name) ?? "") !== (lookup(state.values, field.confirms) ?? ""),
  );
}
