import type {
  ConditionalHide,
  FieldModel,
  FormButtonModel,
  FormModel,
  FormPageModel,
  Messages,
  OptionModel,
} from "./model";
import { dict, lookup } from "./dict";
import { attr, child, flag, messagesOf, nodes, own, text } from "./normalize";
import type { WireNode } from "./wire";

const controls = [
  "input",
  "select",
  "textarea",
  "textdata",
  "slider",
  "htmldata",
  "list",
  "tree",
  "datetime",
  "link",
  "img",
  "desc",
  "frame",
  "ticket",
  "captcha",
];

function options(doc: WireNode, name: string): OptionModel[] {
  const slist = nodes(doc.slist).find((list) => attr(list, "name") === name);
  return nodes(slist?.val).map((val) => ({
    key: attr(val, "key") ?? text(val) ?? "",
    label: text(val) ?? "",
    depend: attr(val, "depend"),
  }));
}

/** A field's value: `doc.<name>`, repeated elements joined the way multiple selects send them. */
function valueOf(doc: WireNode, name: string): string {
  const value = own(doc, name);
  if (Array.isArray(value)) return value.map((item) => text(item) ?? "").join(", ");
  return text(value) ?? "";
}

function ifsOf(control: WireNode): ConditionalHide[] {
  return nodes(control.if)
    .map((condition) => ({
      value: attr(condition, "value") ?? "",
      hide: attr(condition, "hide") ?? "",
    }))
    .filter((condition) => condition.hide !== "");
}

/**
 * A form `field` with its first control, valued from `doc.<name>` and `slist`. A control that
 * is present but not an element (`null` counts as absent) becomes an `unsupported` field, so
 * the form still draws it as a placeholder and keeps its other fields.
 */
export function parseField(
  field: WireNode,
  doc: WireNode,
  messages: Messages,
): FieldModel | undefined {
  const fieldName = attr(field, "name") ?? "";
  const kind = controls.find((name) => field[name] !== undefined && field[name] !== null);
  const raw = kind ? field[kind] : undefined;
  const control = nodes(raw)[0];
  const name = attr(control, "name") ?? fieldName;
  if (name === "") return undefined;
  const base = {
    name,
    label: flag(attr(field, "noname")) ? "" : (messages[fieldName] ?? messages[name] ?? name),
    hint: messages[`hint_${fieldName}`] ?? messages[`hint_${name}`],
    placeholder: messages[`placeholder_${name}`],
    required: flag(attr(control, "required")),
    readonly: flag(attr(control, "readonly")),
    setvalues: attr(control, "setvalues"),
    ifs: control ? ifsOf(control) : [],
  };
  // A control with text only is an element without attributes; a number or [] is garbage.
  if (kind && control === undefined && typeof raw !== "string")
    return { ...base, kind: "unsupported", control: `${kind} (malformed)` };
  const maxlength = Number(attr(control, "maxlength"));
  const limit = Number.isInteger(maxlength) && maxlength > 0 ? maxlength : undefined;
  switch (kind) {
    case "input": {
      const type = attr(control, "type") ?? "text";
      if (type === "checkbox")
        return { ...base, kind: "checkbox", value: flag(valueOf(doc, name)) };
      if (type === "hidden") return { ...base, kind: "hidden", value: valueOf(doc, name) };
      if (type !== "text" && type !== "password")
        return { ...base, kind: "unsupported", control: `input type=${type}` };
      return {
        ...base,
        kind: "text",
        inputType: type,
        value: valueOf(doc, name),
        maxlength: limit,
        check: attr(control, "check"),
        checkargs: attr(control, "checkargs"),
      };
    }
    case "select": {
      const type = attr(control, "type");
      return {
        ...base,
        kind: "select",
        value: valueOf(doc, name),
        options: options(doc, name),
        multiple: type === "multiple",
        radio: type === "radio",
        depend: attr(control, "depend"),
      };
    }
    case "textarea": {
      const rows = Number(attr(control, "rows"));
      return {
        ...base,
        kind: "textarea",
        value: valueOf(doc, name),
        rows: Number.isInteger(rows) && rows > 0 ? Math.min(rows, 30) : 4,
        maxlength: limit,
      };
    }
    case "textdata": {
      const type = attr(control, "type");
      const raw = type === "msg" ? (messages[name] ?? "") : valueOf(doc, name);
      return { ...base, kind: "textdata", text: raw, warning: flag(attr(control, "warning")) };
    }
    default:
      return { ...base, kind: "unsupported", control: kind ?? "none" };
  }
}

/** A `form` document (mgr5-protocol.md §6) as a FormModel; fields may sit in pages or directly in the form. */
export function parseForm(doc: WireNode): FormModel {
  const metadata = child(doc, "metadata");
  const form = child(metadata, "form");
  const messages = messagesOf(doc);
  const pageNodes = nodes(form?.page);
  const rawPages = pageNodes.length > 0 ? pageNodes : form ? [{ ...form, $name: "" }] : [];
  const pages: FormPageModel[] = rawPages.map((page) => {
    const name = attr(page, "name") ?? "";
    return {
      name,
      title: name === "" ? "" : (messages[name] ?? name),
      collapsed: flag(attr(page, "collapsed")),
      fields: nodes(page.field)
        .map((field) => parseField(field, doc, messages))
        .filter((field) => field !== undefined),
    };
  });
  const declared: FormButtonModel[] = nodes(child(form, "buttons")?.button).map((button) => {
    const name = attr(button, "name") ?? "";
    return {
      name,
      type: attr(button, "type") ?? name,
      caption: messages[`msg_${name}`] ?? name,
      func: attr(button, "func"),
    };
  });
  const plid = text(doc.plid);
  return {
    kind: "form",
    func: attr(doc, "func") ?? attr(metadata, "name") ?? "",
    title: messages.title ?? attr(metadata, "name") ?? "",
    elid: text(doc.elid) ?? "",
    plid: plid || undefined,
    pages,
    // Without buttons a form still has OK and Cancel (§6.4).
    buttons:
      declared.length > 0
        ? declared
        : [
            { name: "ok", type: "ok", caption: messages.msg_ok ?? "OK" },
            { name: "cancel", type: "cancel", caption: messages.msg_cancel ?? "Cancel" },
          ],
    noSubmit: flag(attr(form, "nosubmit")),
    messages,
  };
}

/** The fields hidden right now by the `if` conditions of the current values (own keys only). */
export function hiddenByConditions(
  fields: FieldModel[],
  values: Record<string, string>,
): Set<string> {
  const hidden = new Set<string>();
  for (const field of fields)
    for (const condition of field.ifs)
      if (lookup(values, field.name) === condition.value) hidden.add(condition.hide);
  return hidden;
}

/** A field's value as a form keeps and sends it: checkboxes as on/off, text for the rest. */
export function fieldValue(field: FieldModel): string | undefined {
  if (field.kind === "checkbox") return field.value ? "on" : "off";
  if (field.kind === "textdata" || field.kind === "unsupported") return undefined;
  return field.value;
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
