import { callerOf, type FuncContext, type Reply } from "../context";
import { MgrFault } from "../errors";
import type { Texts } from "../i18n";
import { el, leaf, messagesNode, type XNode } from "../tree";
import { validate } from "../validators";

export type ControlSpec =
  | {
      kind: "input";
      type?: "text" | "password" | "checkbox" | "hidden";
      check?: string;
      checkargs?: string;
      maxlength?: number;
    }
  | { kind: "select"; type?: "select" | "radio" | "multiple"; depend?: string }
  | { kind: "textarea"; rows?: number; maxlength?: number }
  | { kind: "textdata"; type: "msg" | "data" };

export interface FieldSpec {
  name: string;
  control: ControlSpec;
  required?: boolean;
  readonly?: boolean;
  /** Ask the server for new values when this field changes (§6.6). */
  setvalues?: "final" | "blocking";
  minLevel?: number;
  removeIf?: "new";
  /** `<if value="v" hide="field"/>`: choosing `v` hides `field` (§6.5). */
  ifs?: { value: string; hide: string }[];
}

export interface PageSpec {
  name: string;
  collapsed?: boolean;
  fields: FieldSpec[];
}

export interface FormSpec {
  name: string;
  pages: PageSpec[];
  buttons?: { name: string; type: "ok" | "cancel" | "next" | "back" | "setvalues" }[];
  texts: Texts;
}

export interface SlistItem {
  key: string;
  label: string;
  depend?: string;
}

export interface FormData {
  values: Record<string, string>;
  slists?: Record<string, SlistItem[]>;
  elid?: string;
  plid?: string;
  isNew: boolean;
}

const defaultMaxLength = 1024;

function allowedFields(ctx: FuncContext, spec: FormSpec, isNew: boolean): FieldSpec[] {
  const level = callerOf(ctx).user.level;
  return spec.pages.flatMap((page) =>
    page.fields.filter(
      (field) =>
        (field.minLevel === undefined || level >= field.minLevel) &&
        !(isNew && field.removeIf === "new"),
    ),
  );
}

function controlNode(field: FieldSpec): XNode {
  const { control } = field;
  const common = {
    name: field.name,
    required: field.required ? "yes" : undefined,
    readonly: field.readonly ? "yes" : undefined,
    setvalues: field.setvalues,
  };
  const ifs = (field.ifs ?? []).map((condition) =>
    el("if", { value: condition.value, hide: condition.hide }),
  );
  switch (control.kind) {
    case "input":
      return el(
        "input",
        {
          ...common,
          type: control.type ?? "text",
          check: control.check,
          checkargs: control.checkargs,
          maxlength: String(control.maxlength ?? defaultMaxLength),
        },
        ...ifs,
      );
    case "select":
      return el("select", { ...common, type: control.type, depend: control.depend }, ...ifs);
    case "textarea":
      return el("textarea", { ...common, rows: String(control.rows ?? 4) });
    case "textdata":
      return el("textdata", { name: field.name, type: control.type });
  }
}

/** Answers a form function: metadata, messages, values, option lists and context (§6.2). */
export function renderForm(ctx: FuncContext, spec: FormSpec, data: FormData): Reply {
  const allowed = new Set(allowedFields(ctx, spec, data.isNew).map((field) => field.name));
  const pages = spec.pages
    .map((page) => ({ ...page, fields: page.fields.filter((field) => allowed.has(field.name)) }))
    .filter((page) => page.fields.length > 0);
  const buttons = spec.buttons ?? [
    { name: "ok", type: "ok" },
    { name: "cancel", type: "cancel" },
  ];
  const metadata = el(
    "metadata",
    { name: spec.name, type: "form" },
    el(
      "form",
      {},
      ...pages.map((page) =>
        el(
          "page",
          { name: page.name, collapsed: page.collapsed ? "yes" : undefined },
          ...page.fields.map((field) => el("field", { name: field.name }, controlNode(field))),
        ),
      ),
      el(
        "buttons",
        {},
        ...buttons.map((button) => el("button", { name: button.name, type: button.type })),
      ),
    ),
  );
  const values = Object.entries(data.values)
    .filter(([name]) => allowed.has(name))
    .map(([name, value]) => leaf(name, value));
  const slists = Object.entries(data.slists ?? {})
    .filter(([name]) => allowed.has(name))
    .map(([name, items]) =>
      el(
        "slist",
        { name },
        ...items.map((item) => el("val", { key: item.key, depend: item.depend }, item.label)),
      ),
    );
  return {
    children: [
      metadata,
      messagesNode(spec.name, spec.texts[ctx.lang]),
      data.elid !== undefined ? leaf("elid", data.elid) : null,
      data.plid !== undefined ? leaf("plid", data.plid) : null,
      ...values,
      ...slists,
    ].filter((node) => node !== null),
  };
}

/** Fields hidden by an `if` of another field's current value are not required. */
function hiddenFields(fields: FieldSpec[], values: Record<string, string>): Set<string> {
  const hidden = new Set<string>();
  for (const field of fields) {
    for (const condition of field.ifs ?? [])
      if (values[field.name] === condition.value) hidden.add(condition.hide);
  }
  return hidden;
}

/**
 * Checks a submitted form against its spec and returns the editable values, normalised by
 * their validators. The first bad field is a `value` fault naming it; nothing is changed.
 */
export function readSubmitted(
  ctx: FuncContext,
  spec: FormSpec,
  data: Omit<FormData, "values"> & { partial?: boolean },
): Record<string, string> {
  const fields = allowedFields(ctx, spec, data.isNew).filter(
    (field) => field.control.kind !== "textdata" && !field.readonly,
  );
  const submitted: Record<string, string> = {};
  for (const field of fields) {
    const value = ctx.params[field.name];
    if (value !== undefined) submitted[field.name] = value;
  }
  const hidden = hiddenFields(fields, submitted);
  const result: Record<string, string> = {};
  for (const field of fields) {
    if (hidden.has(field.name)) continue;
    // An edit may send only the fields it changes; the others keep their values.
    if (data.partial && !(field.name in ctx.params)) continue;
    let value = submitted[field.name];
    const { control } = field;
    if (control.kind === "input" && control.type === "checkbox") {
      result[field.name] = value === "on" ? "on" : "off";
      continue;
    }
    if (value === undefined || value === "") {
      if (field.required) throw new MgrFault("value", field.name, "", undefined, requiredText(ctx));
      if (value !== undefined) result[field.name] = "";
      continue;
    }
    const maxlength =
      control.kind === "input" || control.kind === "textarea"
        ? (control.maxlength ?? defaultMaxLength)
        : defaultMaxLength;
    if (value.length > maxlength)
      throw new MgrFault(
        "value",
        field.name,
        value.slice(0, 40),
        undefined,
        tooLongText(ctx, maxlength),
      );
    if (control.kind === "select") {
      const keys = new Set((data.slists?.[field.name] ?? []).map((item) => item.key));
      const chosen = control.type === "multiple" ? value.split(/,\s*/) : [value];
      if (chosen.some((key) => !keys.has(key)))
        throw new MgrFault("value", field.name, value.slice(0, 100));
    }
    if (control.kind === "input" && control.check)
      value = validate(control.check, value, control.checkargs ?? "", field.name, ctx.lang);
    result[field.name] = value;
  }
  return result;
}

function requiredText(ctx: FuncContext): string {
  return ctx.lang === "ru" ? "Заполните это поле" : "This field is required";
}

function tooLongText(ctx: FuncContext, max: number): string {
  return ctx.lang === "ru" ? `Не длиннее ${max} символов` : `At most ${max} characters`;
}

/** `sok=ok`: the request wants the action done, not the form shown. */
export function isSubmit(ctx: FuncContext): boolean {
  return ctx.params.sok === "ok";
}
