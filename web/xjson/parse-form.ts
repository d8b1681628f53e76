import { dict, lookup } from "./dict";
import type { FieldModel, FormButtonModel, FormModel, FormPageModel } from "./form-model";
import { attr, child, flag, messagesOf, nodes, text } from "./normalize";
import { parseField } from "./parse-field";
import type { WireNode } from "./wire";

export { parseField } from "./parse-field";

/** A `form` document (mgr5-protocol.md §6) as a FormModel; fields may sit in pages or directly in the form. */
export function parseForm(doc: WireNode): FormModel {
  const metadata = child(doc, "metadata");
  const form = child(metadata, "form");
  const messages = messagesOf(doc);
  const pageNodes = nodes(form?.page);
  const rawPages = pageNodes.length > 0 ? pageNodes : form ? [{ ...form, $name: "" }] : [];
  const elid = text(doc.elid) ?? "";
  const pages: FormPageModel[] = rawPages.map((page) => {
    const name = attr(page, "name") ?? "";
    return {
      name,
      title: name === "" ? "" : (lookup(messages, name) ?? name),
      collapsed: flag(attr(page, "collapsed")),
      fields: nodes(page.field)
        // `remove_if="new"`: the field makes no sense while the object is being created (§6.1).
        .filter((field) => !(elid === "" && attr(field, "remove_if") === "new"))
        .map((field) => parseField(field, doc, messages))
        .filter((field) => field !== undefined),
    };
  });
  const declared: FormButtonModel[] = nodes(child(form, "buttons")?.button).map((button) => {
    const name = attr(button, "name") ?? "";
    return {
      name,
      type: attr(button, "type") ?? name,
      caption: lookup(messages, `msg_${name}`) ?? name,
      func: attr(button, "func"),
      color: attr(button, "color"),
      keepForm: flag(attr(button, "keepform")),
      blocking: flag(attr(button, "blocking")),
      disabled: flag(attr(button, "disabled")),
    };
  });
  const plid = text(doc.plid);
  const plain = { keepForm: false, blocking: false, disabled: false };
  return {
    kind: "form",
    func: attr(doc, "func") ?? attr(metadata, "name") ?? "",
    title: messages.title ?? attr(metadata, "name") ?? "",
    elid,
    plid: plid || undefined,
    pages,
    // Without buttons a form still has OK and Cancel (§6.4).
    buttons:
      declared.length > 0
        ? declared
        : [
            { name: "ok", type: "ok", caption: lookup(messages, "msg_ok") ?? "OK", ...plain },
            {
              name: "cancel",
              type: "cancel",
              caption: lookup(messages, "msg_cancel") ?? "Cancel",
              ...plain,
            },
          ],
    noSubmit: flag(attr(form, "nosubmit")),
    hasFiles: pages.some((page) => page.fields.some((field) => field.kind === "file")),
    messages,
  };
}

/** What the conditions of the current values do to the form (§6.5). */
export interface ConditionState {
  hidden: Set<string>;
  /** Greyed out and read-only, still shown. */
  shadowed: Set<string>;
}

/**
 * Evaluates every `if`/`else` against the current values, as the form changes: no server trip.
 * Hidden fields are neither drawn nor sent; shadowed ones are drawn read-only.
 */
export function conditionState(
  fields: FieldModel[],
  values: Record<string, string>,
): ConditionState {
  const hidden = new Set<string>();
  const shadowed = new Set<string>();
  for (const field of fields)
    for (const condition of field.conditions) {
      const value = lookup(values, field.name) ?? "";
      const test =
        condition.empty === undefined
          ? value === condition.value
          : (value === "") === condition.empty;
      if (test === condition.otherwise) continue;
      for (const name of condition.hide) hidden.add(name);
      for (const name of condition.shadow) shadowed.add(name);
    }
  return { hidden, shadowed };
}

/** The fields hidden right now by the conditions of the current values. */
export function hiddenByConditions(
  fields: FieldModel[],
  values: Record<string, string>,
): Set<string> {
  return conditionState(fields, values).hidden;
}

/** A field's value as a form keeps and sends it: checkboxes as on/off, text for the rest. */
export function fieldValue(field: FieldModel): string | undefined {
  switch (field.kind) {
    case "checkbox":
      return field.value ? "on" : "off";
    case "text":
    case "hidden":
    case "select":
    case "textarea":
    case "slider":
    case "datetime":
    case "tree":
      return field.value;
    default:
      // Display-only controls send nothing; files go with the submit itself.
      return undefined;
  }
}

/** The values of fields that have one, by name, in a prototype-free map. */
export function fieldValues(fields: FieldModel[]): Record<string, string> {
  const values = dict<string>();
  for (const field of fields) {
    const value = fieldValue(field);
    if (value !== undefined) values[field.name] = value;
  }
  return values;
}
