import type { FuncContext } from "../context";
import { MgrFault } from "../errors";
import { validate } from "../validators";
import { allowedFields, conditionsOf, defaultMaxLength, displayOnly } from "./form-fields";
import type { FieldSpec, FormData, FormSpec, SlistItem, TreeNode } from "./form-spec";

/**
 * The fields an `if`/`else` hides or greys out for these values (§6.5). Neither is required,
 * and a greyed-out (shadowed) field keeps its stored value: its input is read-only.
 */
export function inactiveFields(
  fields: FieldSpec[],
  values: Record<string, string | undefined>,
): Set<string> {
  const inactive = new Set<string>();
  for (const field of fields) {
    const value = values[field.name] ?? "";
    let matched = false;
    const conditions = conditionsOf(field);
    for (const condition of conditions.filter((candidate) => !candidate.otherwise)) {
      const applies =
        condition.empty === "yes"
          ? value === ""
          : condition.empty === "no"
            ? value !== ""
            : value === condition.value;
      if (!applies) continue;
      if (condition.hide || condition.shadow) matched = true;
      if (condition.hide) inactive.add(condition.hide);
      if (condition.shadow) inactive.add(condition.shadow);
    }
    if (matched) continue;
    for (const condition of conditions.filter((candidate) => candidate.otherwise)) {
      if (condition.hide) inactive.add(condition.hide);
      if (condition.shadow) inactive.add(condition.shadow);
    }
  }
  return inactive;
}

function treeKeys(nodes: TreeNode[]): string[] {
  return nodes.flatMap((node) => [
    ...(node.selectable === false ? [] : [node.key]),
    ...treeKeys(node.children ?? []),
  ]);
}

/** A mask's digits stand for any digit; its other characters are literal (`99:99`). */
function matchesMask(value: string, mask: string): boolean {
  if (value.length !== mask.length) return false;
  for (let index = 0; index < mask.length; index += 1) {
    const want = mask.charAt(index);
    const got = value.charAt(index);
    if (/[0-9]/.test(want) ? !/[0-9]/.test(got) : got !== want) return false;
  }
  return true;
}

/** A real calendar date `YYYY-MM-DD`, or with ` HH:MM[:SS]` when `withTime`; normalised. */
function normaliseDate(value: string, withTime: boolean): string | undefined {
  const match = withTime
    ? /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim())
    : /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const [, year = "", month = "", day = "", hour = "00", minute = "00", second = "00"] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (
    date.getUTCFullYear() !== Number(year) ||
    date.getUTCMonth() !== Number(month) - 1 ||
    date.getUTCDate() !== Number(day) ||
    Number(hour) > 23 ||
    Number(minute) > 59 ||
    Number(second) > 59
  )
    return undefined;
  return withTime
    ? `${year}-${month}-${day} ${hour}:${minute}:${second}`
    : `${year}-${month}-${day}`;
}

/** `convert="punycode"`: an internationalised domain name in its ASCII form. */
function punycode(value: string): string {
  const trimmed = value.trim();
  if (trimmed === "" || !/^[^\s/:?#@[\]\\]+$/.test(trimmed)) return trimmed;
  try {
    return new URL(`http://${trimmed}/`).hostname;
  } catch {
    return trimmed;
  }
}

const formTexts = {
  en: {
    required: "This field is required",
    tooLong: "At most __max__ characters",
    date: "Enter a date as YYYY-MM-DD",
    datetime: "Enter a date and time as YYYY-MM-DD HH:MM:SS",
    mask: "Enter the value as __mask__",
    slider: "Choose a number from __min__ to __max__ in steps of __step__",
    line: "Line __line__: __text__",
  },
  ru: {
    required: "Заполните это поле",
    tooLong: "Не длиннее __max__ символов",
    date: "Введите дату в виде ГГГГ-ММ-ДД",
    datetime: "Введите дату и время в виде ГГГГ-ММ-ДД ЧЧ:ММ:СС",
    mask: "Введите значение в виде __mask__",
    slider: "Выберите число от __min__ до __max__ с шагом __step__",
    line: "Строка __line__: __text__",
  },
};

function formText(
  ctx: FuncContext,
  key: keyof (typeof formTexts)["en"],
  values: Record<string, string | number> = {},
): string {
  return formTexts[ctx.lang][key].replace(/__(\w+)__/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** One value of a control, checked and normalised; a `value` fault on the field otherwise. */
function checkValue(
  ctx: FuncContext,
  field: FieldSpec,
  raw: string,
  data: { slists?: Record<string, SlistItem[]>; trees?: Record<string, TreeNode[]> },
): string {
  const { control } = field;
  const fault = (text?: string, value = raw) =>
    new MgrFault("value", field.name, value.slice(0, 100), undefined, text);
  const maxlength =
    control.kind === "input" || control.kind === "textarea"
      ? (control.maxlength ?? defaultMaxLength)
      : defaultMaxLength;
  if (raw.length > maxlength)
    throw fault(formText(ctx, "tooLong", { max: maxlength }), raw.slice(0, 40));
  switch (control.kind) {
    case "select": {
      const keys = new Set((data.slists?.[field.name] ?? []).map((item) => item.key));
      const chosen = control.type === "multiple" ? raw.split(/,\s*/).filter(Boolean) : [raw];
      if (chosen.some((key) => !keys.has(key))) throw fault();
      return control.type === "multiple" ? chosen.join(", ") : raw;
    }
    case "tree":
      if (!treeKeys(data.trees?.[field.name] ?? []).includes(raw)) throw fault();
      return raw;
    case "slider": {
      const number = Number(raw.trim());
      if (
        !/^-?\d+$/.test(raw.trim()) ||
        number < control.min ||
        number > control.max ||
        (number - control.min) % control.step !== 0
      )
        throw fault(formText(ctx, "slider", control));
      return String(number);
    }
    case "datetime": {
      const date = normaliseDate(raw, true);
      if (date === undefined) throw fault(formText(ctx, "datetime"));
      return date;
    }
    case "input": {
      if (control.zoom) {
        const lines = raw
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter((line) => line !== "");
        // §6.8: a zoom field's validator checks each line.
        const checked = lines.map((line, index) => {
          if (!control.check) return line;
          try {
            return validate(control.check, line, control.checkargs ?? "", field.name, ctx.lang);
          } catch (error) {
            if (!(error instanceof MgrFault)) throw error;
            throw fault(formText(ctx, "line", { line: index + 1, text: error.detail ?? "" }), line);
          }
        });
        return checked.join("\n");
      }
      let value = control.convert === "punycode" ? punycode(raw) : raw;
      if (control.date) {
        const date = normaliseDate(value, control.date === "datetime");
        if (date === undefined) throw fault(formText(ctx, control.date));
        value = date;
      }
      if (control.mask && !matchesMask(value, control.mask))
        throw fault(formText(ctx, "mask", { mask: control.mask.replace(/[0-9]/g, "_") }));
      if (control.check)
        value = validate(control.check, value, control.checkargs ?? "", field.name, ctx.lang);
      return value;
    }
    default:
      return raw;
  }
}

/**
 * Checks a submitted form against its spec and returns the editable values, normalised by
 * their validators. The first bad field is a `value` fault naming it; nothing is changed.
 * Fields hidden or greyed out by a condition (§6.5) are neither required nor read; file inputs
 * are the function's to read (`ctx.files`).
 */
export function readSubmitted(
  ctx: FuncContext,
  spec: FormSpec,
  data: Omit<FormData, "values"> & {
    partial?: boolean;
    /** Stored values the conditions read when an edit sends only some fields. */
    current?: Record<string, string>;
  },
): Record<string, string> {
  const fields = allowedFields(ctx, spec, data).filter(
    (field) =>
      !displayOnly.has(field.control.kind) &&
      !field.readonly &&
      !(field.control.kind === "input" && field.control.type === "file"),
  );
  const effective: Record<string, string> = { ...data.current };
  for (const field of fields) {
    const value = ctx.params[field.name];
    const { control } = field;
    if (control.kind === "input" && control.type === "checkbox") {
      if (value !== undefined || !data.partial)
        effective[field.name] = value === "on" ? "on" : "off";
    } else if (value !== undefined) effective[field.name] = value;
  }
  const inactive = inactiveFields(fields, effective);
  const result: Record<string, string> = {};
  for (const field of fields) {
    if (inactive.has(field.name)) continue;
    // An edit may send only the fields it changes; the others keep their values.
    if (data.partial && !(field.name in ctx.params)) continue;
    const value = ctx.params[field.name];
    const { control } = field;
    if (control.kind === "input" && control.type === "checkbox") {
      result[field.name] = value === "on" ? "on" : "off";
      continue;
    }
    if (value === undefined || value === "") {
      if (field.required && !data.group)
        throw new MgrFault("value", field.name, "", undefined, formText(ctx, "required"));
      if (value !== undefined) result[field.name] = "";
      continue;
    }
    result[field.name] = checkValue(ctx, field, value, data);
  }
  return result;
}

/** `sok=ok`: the request wants the action done, not the form shown. */
export function isSubmit(ctx: FuncContext): boolean {
  return ctx.params.sok === "ok";
}

/**
 * A repeated password that differs from the password. A repeat that was not sent is no mismatch:
 * the repeat is the form's own check (`checkpasswd`), and billing modules leave it out.
 */
export function mismatched(values: Record<string, string | undefined>): boolean {
  return values.confirm !== undefined && values.confirm !== (values.passwd ?? "");
}
