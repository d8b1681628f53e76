import { lookup } from "./dict";
import type {
  ConditionModel,
  EmbeddedColumn,
  FieldModel,
  OptionModel,
  SetValuesMode,
} from "./form-model";
import type { Messages } from "./model";
import { embeddedRows, namedData, ticketMessages, treeNodes } from "./parse-field-data";
import { attr, flag, nodes, own, scalar, text } from "./normalize";
import type { WireNode } from "./wire";

/** The controls of §6.3, in the order a field's first control is looked for. */
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
    color: attr(val, "color"),
    image: attr(val, "image"),
  }));
}

/** A field's value: `doc.<name>`, repeated elements joined the way multiple selects send them. */
function valueOf(doc: WireNode, name: string): string {
  const value = own(doc, name);
  if (Array.isArray(value)) return value.map((item) => text(item) ?? "").join(", ");
  return text(value) ?? "";
}

function names(value: string | undefined): string[] {
  return (value ?? "")
    .split(/[\s,]+/)
    .map((name) => name.trim())
    .filter(Boolean);
}

/**
 * The `if` and `else` children of a control in document order (§6.5). The wire keeps `if` and
 * `else` as separate arrays, so an `else` pairs with the `if` of the same position.
 */
function conditionsOf(control: WireNode): ConditionModel[] {
  const branch = (node: WireNode, otherwise: boolean): ConditionModel => {
    const empty = attr(node, "empty");
    return {
      value: empty === undefined ? (attr(node, "value") ?? "") : undefined,
      empty: empty === undefined ? undefined : flag(empty),
      otherwise,
      hide: names(attr(node, "hide")),
      shadow: names(attr(node, "shadow")),
    };
  };
  const ifs = nodes(control.if).map((node) => branch(node, false));
  const elses = nodes(control.else).map((node, index) => {
    const paired = ifs[index];
    // An else states what holds when its if does not: same test, turned around.
    return { ...branch(node, true), value: paired?.value, empty: paired?.empty };
  });
  return [...ifs, ...elses].filter(
    (condition) => condition.hide.length > 0 || condition.shadow.length > 0,
  );
}

/** `setvalues="final|blocking|finalblock|skipfiles|<seconds>"`, modes combined with commas (§6.6). */
export function setValuesMode(value: string | undefined): SetValuesMode | undefined {
  if (value === undefined) return undefined;
  const parts = value.toLowerCase().split(/[\s,]+/);
  const seconds = parts.map(Number).find((part) => Number.isInteger(part) && part > 0);
  return {
    final: parts.some((part) => part === "final" || part === "finalblock"),
    blocking: parts.some((part) => part === "blocking" || part === "finalblock"),
    skipFiles: parts.includes("skipfiles"),
    repeatSec: seconds,
  };
}

function positive(value: string | undefined): number | undefined {
  const number = Number(value);
  return Number.isFinite(number) && number > 0 ? number : undefined;
}

function numberOr(value: string | undefined, fallback: number): number {
  const number = Number(value);
  return value !== undefined && value !== "" && Number.isFinite(number) ? number : fallback;
}

/**
 * The model of one control, or undefined for a kind this file does not know (the caller makes
 * it a visible placeholder). `base` holds what every field kind shares.
 */
function controlModel(
  kind: string,
  control: WireNode,
  name: string,
  doc: WireNode,
  messages: Messages,
  base: Omit<FieldModel & { kind: "hidden" }, "kind" | "value">,
): FieldModel | undefined {
  const maxlength = positive(attr(control, "maxlength"));
  const limit = maxlength !== undefined && Number.isInteger(maxlength) ? maxlength : undefined;
  const value = valueOf(doc, name);
  const type = attr(control, "type");
  switch (kind) {
    case "input": {
      if (type === "checkbox") return { ...base, kind: "checkbox", value: flag(value) };
      if (type === "hidden") return { ...base, kind: "hidden", value };
      if (type === "file")
        return {
          ...base,
          kind: "file",
          multiple: flag(attr(control, "multiple")),
          accept: attr(control, "accept"),
        };
      if (type !== undefined && type !== "text" && type !== "password") return undefined;
      const date = attr(control, "date");
      return {
        ...base,
        kind: "text",
        inputType: type ?? "text",
        value,
        maxlength: limit,
        check: attr(control, "check"),
        checkargs: attr(control, "checkargs"),
        date:
          date === "datetime"
            ? "datetime"
            : date !== undefined && date !== "no"
              ? "date"
              : undefined,
        zoom: flag(attr(control, "zoom")) || positive(attr(control, "zoom")) !== undefined,
        mask: attr(control, "mask"),
        focus: flag(attr(control, "focus")),
        convert: attr(control, "convert"),
        confirms: attr(control, "checkpasswd"),
      };
    }
    case "select":
      return {
        ...base,
        kind: "select",
        value,
        options: options(doc, name),
        multiple: type === "multiple",
        radio: type === "radio",
        depend: attr(control, "depend"),
      };
    case "textarea": {
      const rows = positive(attr(control, "rows"));
      return {
        ...base,
        kind: "textarea",
        value,
        rows: rows !== undefined && Number.isInteger(rows) ? Math.min(rows, 30) : 4,
        maxlength: limit,
      };
    }
    case "slider": {
      const min = numberOr(attr(control, "min"), 0);
      const max = Math.max(min, numberOr(attr(control, "max"), 100));
      return {
        ...base,
        kind: "slider",
        value: value === "" ? String(min) : value,
        min,
        max,
        step: positive(attr(control, "step")) ?? 1,
      };
    }
    case "datetime":
      return { ...base, kind: "datetime", value };
    case "textdata": {
      const message = lookup(messages, name) ?? "";
      // msgdata: the value names the message to show, or the field's message takes the data in.
      const named = value === "" ? undefined : lookup(messages, value);
      const text =
        type === "msg"
          ? message
          : type === "msgdata"
            ? (named ??
              message.replace(/__(\w+)__|\{(\w+)\}/g, (_, a?: string, b?: string) =>
                valueOf(doc, a ?? b ?? ""),
              ))
            : value;
      return { ...base, kind: "textdata", text, warning: flag(attr(control, "warning")) };
    }
    case "htmldata":
      return { ...base, kind: "htmldata", html: value, height: positive(attr(control, "height")) };
    case "desc":
      return {
        ...base,
        kind: "desc",
        text: lookup(messages, `desc_${name}`) ?? (value || (lookup(messages, name) ?? "")),
      };
    case "list":
      return {
        ...base,
        kind: "list",
        listType: type === "block" ? "block" : "table",
        columns: nodes(control.col).map((col): EmbeddedColumn => ({
          name: attr(col, "name") ?? "",
          title: lookup(messages, `list_${attr(col, "name") ?? ""}`) ?? attr(col, "name") ?? "",
          type: attr(col, "type") ?? "data",
        })),
        rows: embeddedRows(doc, name),
      };
    case "tree":
      return {
        ...base,
        kind: "tree",
        value,
        nodes: treeNodes(namedData(doc, "tree", name) ?? control),
      };
    case "link":
      return {
        ...base,
        kind: "link",
        url: attr(control, "url") ?? attr(control, "href") ?? value,
        text: lookup(messages, `link_${name}`) ?? (base.label || value),
      };
    case "img":
      return { ...base, kind: "img", src: attr(control, "src") ?? value };
    case "frame":
      return {
        ...base,
        kind: "frame",
        src: attr(control, "src") ?? attr(control, "url") ?? value,
        height: positive(attr(control, "height")),
      };
    case "ticket":
      return { ...base, kind: "ticket", messages: ticketMessages(doc, name, control) };
    case "captcha":
      return { ...base, kind: "captcha", src: attr(control, "src") ?? (value || undefined) };
    default:
      return undefined;
  }
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
  const message = (key: string) =>
    lookup(messages, `${key}_${fieldName}`) ?? lookup(messages, `${key}_${name}`);
  const noname = flag(attr(field, "noname"));
  const base = {
    name,
    label: lookup(messages, fieldName) ?? lookup(messages, name) ?? name,
    hint: message("hint"),
    shadowHint: message("shadow_hint"),
    placeholder: message("placeholder"),
    required: flag(attr(control, "required")),
    readonly: flag(attr(control, "readonly")),
    noname,
    fullwidth: flag(attr(field, "fullwidth")) || flag(attr(field, "formwidth")),
    setvalues: setValuesMode(attr(control, "setvalues")),
    conditions: control ? conditionsOf(control) : [],
  };
  // A control with text only is an element without attributes; a number or [] is garbage.
  if (kind && control === undefined && typeof raw !== "string")
    return { ...base, kind: "unsupported", control: `${kind} (malformed)` };
  const model = kind ? controlModel(kind, control ?? {}, name, doc, messages, base) : undefined;
  if (model) return model;
  const type = scalar(attr(control, "type"));
  return {
    ...base,
    kind: "unsupported",
    control: kind === "input" && type ? `input type=${type}` : (kind ?? "none"),
  };
}
