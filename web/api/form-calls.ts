import type { FieldModel, FormModel } from "../xjson/model";
import { loadPage, pageType } from "../xjson/load-page";
import { mgrCall } from "./client";
import { MgrError } from "./errors";

/**
 * A setvalues request (mgr5-protocol.md §6.6): the form asked again with every current value
 * and `sv_field`. Returns the recomputed form, or undefined when the panel answered otherwise.
 */
export async function refreshForm(
  form: FormModel,
  field: { name: string },
  values: Record<string, string>,
  options: { files?: Record<string, File[]>; signal?: AbortSignal } = {},
): Promise<FormModel | undefined> {
  const doc = await mgrCall({
    func: form.func,
    params: { ...values, elid: form.elid, plid: form.plid, sv_field: field.name },
    files: options.files && Object.keys(options.files).length > 0 ? options.files : undefined,
    signal: options.signal,
  });
  const page = pageType(doc) === "form" ? await loadPage(doc) : undefined;
  return page?.kind === "form" ? page : undefined;
}

/**
 * A field's validator, `func=check.<name>` (§6.8). Returns the panel's message when the value is
 * refused, undefined when it is valid; other failures surface on submit instead.
 */
export async function checkField(
  form: FormModel,
  field: FieldModel & { check?: string; checkargs?: string; convert?: string },
  value: string,
): Promise<string | undefined> {
  if (!field.check) return undefined;
  try {
    await mgrCall({
      func: `check.${field.check}`,
      params: {
        value,
        args: field.checkargs,
        name: field.name,
        funcname: form.func,
        tconvert: field.convert,
      },
    });
    return undefined;
  } catch (error) {
    return error instanceof MgrError && error.detail.type === "value"
      ? error.detail.message
      : undefined;
  }
}

/** What pressing a form button sends (§6.4): every value, `sok`, the button, and the wizard step. */
export function submitParams(
  form: FormModel,
  button: { name: string; type: string },
  values: Record<string, string>,
  progressId?: string,
): Record<string, string | undefined> {
  return {
    ...values,
    progressid: progressId,
    elid: form.elid,
    plid: form.plid,
    sok: "ok",
    clicked_button: button.name,
    snext: button.type === "next" ? "ok" : undefined,
    sback: button.type === "back" ? "ok" : undefined,
  };
}

/**
 * Remembers that a form page was opened or closed (`func=collapse`, §6.1), so the panel draws it
 * the same way next time. Nothing depends on the answer.
 */
export async function collapsePage(
  form: FormModel,
  page: string,
  collapsed: boolean,
): Promise<void> {
  await mgrCall({
    func: "collapse",
    params: { page, collapse: collapsed ? "on" : "off", action: form.func },
  }).catch(() => undefined);
}
