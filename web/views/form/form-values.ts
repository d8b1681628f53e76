import { dictOf } from "../../xjson/dict";
import type { FieldModel, FormModel } from "../../xjson/model";
import type { BackState } from "../urls";

/** Every field of a form, over its pages. */
export const fieldsOf = (form: FormModel) => form.pages.flatMap((page) => page.fields);

/** The password fields: never written down, not in storage, history or an address. */
function secretNames(fields: FieldModel[]): Set<string> {
  return new Set(
    fields
      .filter((field) => field.kind === "text" && field.inputType === "password")
      .map((field) => field.name),
  );
}

/**
 * `values` without the passwords of `form`: what may be written down or passed on. The form
 * document of the moment decides, so a later wizard step's or a setvalues reply's password field
 * is left out too.
 */
export function withoutSecrets(
  form: FormModel,
  values: Record<string, string>,
): Record<string, string> {
  const secret = secretNames(fieldsOf(form));
  return dictOf(Object.entries(values).filter(([name]) => !secret.has(name)));
}

/**
 * The panel's values with those typed before over them, for the fields this form has and that are
 * not passwords; the panel's own object when nothing differs.
 */
export function withTyped(
  form: FormModel,
  server: Record<string, string>,
  typed: Record<string, string> | undefined,
): Record<string, string> {
  if (!typed) return server;
  const secret = secretNames(fieldsOf(form));
  const known = new Set(fieldsOf(form).map((field) => field.name));
  const kept = Object.entries(typed).filter(
    ([name, value]) => known.has(name) && !secret.has(name) && server[name] !== value,
  );
  return kept.length === 0 ? server : { ...server, ...Object.fromEntries(kept) };
}

/** The values a history entry keeps for a form: text by field name, anything else left out. */
export function typedValues(state: BackState): Record<string, string> | undefined {
  const { values } = state;
  if (typeof values !== "object" || values === null) return undefined;
  return Object.fromEntries(
    Object.entries(values).filter(
      (entry): entry is [string, string] => typeof entry[1] === "string",
    ),
  );
}
