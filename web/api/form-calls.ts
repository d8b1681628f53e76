import type { FieldModel, FormModel } from "../xjson/model";
import { parsePage } from "../xjson/parse-page";
import { mgrCall } from "./client";
import { MgrError } from "./errors";

/**
 * A setvalues request (mgr5-protocol.md §6.6): the form asked again with every current value
 * and `sv_field`. Returns the recomputed form, or undefined when the panel answered otherwise.
 */
export async function refreshForm(
  form: FormModel,
  field: FieldModel,
  values: Record<string, string>,
): Promise<FormModel | undefined> {
  const doc = await mgrCall({
    func: form.func,
    params: { ...values, elid: form.elid, plid: form.plid, sv_field: field.name },
  });
  const page = parsePage(doc);
  return page.kind === "form" ? page : undefined;
}

/**
 * A field's validator, `func=check.<name>` (§6.8). Returns the panel's message when the value is
 * refused, undefined when it is valid; other failures surface on submit instead.
 */
export async function checkField(
  form: FormModel,
  field: FieldModel & { check?: string; checkargs?: string },
  value: string,
): Promise<string | undefined> {
  if (!field.check) return undefined;
  try {
    await mgrCall({
      func: `check.${field.check}`,
      params: { value, args: field.checkargs, name: field.name, funcname: form.func },
    });
    return undefined;
  } catch (error) {
    return error instanceof MgrError && error.detail.type === "value"
      ? error.detail.message
      : undefined;
  }
}
