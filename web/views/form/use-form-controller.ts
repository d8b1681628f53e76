import { useLayoutEffect, useRef, useState } from "react";

import { MgrError, UnknownResultError } from "../../api/errors";
import { checkField, submitParams } from "../../api/form-calls";
import { useAction } from "../../api/mutations";
import { newProgressId } from "../../api/progress";
import { useText } from "../../ui/lang-context";
import { dictOf, lookup } from "../../xjson/dict";
import type { FieldModel, FormButtonModel, FormModel, OkModel } from "../../xjson/model";
import { conditionState, fieldValues } from "../../xjson/parse-form";
import { PlainError } from "../error-message";
import { missingFields, unequalRepeats } from "./form-checks";
import { maskMismatch } from "./mask";
import { useDraft } from "./use-draft";
import { useSetValues, type ChangeKind } from "./use-setvalues";
import { useFormText } from "./form-texts";
import { fieldsOf, withoutSecrets, withTyped } from "./form-values";

/** What the form view tells its page when a form is done. */
export interface FormDone {
  /**
   * After OK succeeded (with the values it sent, passwords left out, and the `progressid` it
   * was sent with, §7.6), or Cancel.
   */
  onDone: (
    result?: OkModel,
    submitted?: Record<string, string>,
    progressId?: string,
    /** The caption of the button that was pressed ("Save", "Start"), for the notice. */
    caption?: string,
  ) => void;
  /** A `func` button: open another function with this form's object. */
  onOpen: (func: string, params: Record<string, string | undefined>) => void;
  /** A `blank` button's result: an address for a new window. */
  onWindow: (url: string) => boolean;
  /** Ask the panel again for the form's page: after a save whose result is unknown. */
  onReload?: () => void;
  /**
   * Another form answered a submit (a wizard step): its values, and those sent from this one
   * (what was typed here), passwords left out of both.
   */
  onStep?: (next: FormModel, values: Record<string, string>, typed: Record<string, string>) => void;
}

/**
 * Everything a form does, apart from drawing it (house style: headless controllers): values,
 * files, conditions, validators, setvalues, drafts, and what each button type of §6.4 sends and
 * does with the answer (§6.9). The view only draws what this returns.
 */
export function useFormController(
  initial: FormModel,
  done: FormDone,
  /** Values typed into this form before (a wizard step gone back to): shown as a restored draft. */
  typed?: Record<string, string>,
) {
  const t = useText();
  const ft = useFormText();
  const [form, setForm] = useState(initial);
  const [serverValues, setServerValues] = useState(() => fieldValues(fieldsOf(initial)));
  const draft = useDraft(form, serverValues);
  const [start] = useState(() => draft.restored ?? withTyped(initial, serverValues, typed));
  const [values, setValuesState] = useState(start);
  const [restored, setRestored] = useState(start !== serverValues);
  const [files, setFilesState] = useState<Record<string, File[]>>({});
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<unknown>();
  const [notice, setNotice] = useState<string>();
  const [upload, setUpload] = useState<number>();
  const [pressed, setPressed] = useState<FormButtonModel>();
  // After a lost answer, sending again needs a yes: the first one may have been done.
  const [uncertain, setUncertain] = useState(false);
  const [resend, setResend] = useState<FormButtonModel>();
  const action = useAction();
  // What is on screen now, for answers that arrive later (setvalues) and for event handlers.
  const valuesRef = useRef(values);
  const filesRef = useRef(files);
  useLayoutEffect(() => {
    valuesRef.current = values;
    filesRef.current = files;
  });

  const fields = fieldsOf(form);
  const { hidden, shadowed } = conditionState(fields, values);

  const setValues = (next: Record<string, string>, shown: FormModel = form) => {
    valuesRef.current = next;
    setValuesState(next);
    draft.save(next, shown);
  };
  const setvalues = useSetValues({
    form,
    currentValues: () => valuesRef.current,
    currentFiles: () => filesRef.current,
    apply: (next, merged) => {
      setForm(next);
      setValues(merged, next);
    },
  });
  const clearError = (name: string) => {
    setFieldErrors((current) =>
      dictOf(Object.entries(current).filter(([other]) => other !== name)),
    );
  };

  const change = (field: FieldModel, value: string, how: ChangeKind) => {
    setValues(dictOf([...Object.entries(valuesRef.current), [field.name, value]]));
    clearError(field.name);
    setvalues.changed(field, how);
  };

  const chooseFiles = (field: FieldModel, chosen: File[]) => {
    const next = { ...filesRef.current, [field.name]: chosen };
    filesRef.current = next;
    setFilesState(next);
    clearError(field.name);
    setvalues.changed(field, "chosen");
  };

  /** Leaving a field: its mask, its validator (each line of a zoom field), then setvalues. */
  const leave = async (field: FieldModel) => {
    setvalues.changed(field, "left");
    const value = lookup(valuesRef.current, field.name) ?? "";
    if (field.kind !== "text" || value === "") return;
    const lines = field.zoom ? value.split("\n").filter((line) => line.trim() !== "") : [value];
    if (field.mask && lines.some((line) => maskMismatch(field.mask ?? "", line))) {
      setFieldErrors((current) => ({
        ...current,
        [field.name]: `${ft("maskMismatch")} ${field.mask ?? ""}`,
      }));
      return;
    }
    for (const line of lines) {
      const refusal = await checkField(form, field, line);
      if (refusal) {
        const text = field.zoom ? `${line}: ${refusal}` : refusal;
        setFieldErrors((current) => ({ ...current, [field.name]: text }));
        return;
      }
    }
  };

  const shownState = { hidden, shadowed, values, files };
  const missingRequired = () => missingFields(fields, shownState);
  const mismatchedRepeats = () => unequalRepeats(fields, shownState);

  const focus = (name: string) => {
    document.getElementsByName(name)[0]?.focus();
  };

  const reset = () => {
    draft.discard();
    setForm(initial);
    setServerValues(fieldValues(fieldsOf(initial)));
    setValues(fieldValues(fieldsOf(initial)), initial);
    setFilesState({});
    setFieldErrors({});
    setFormError(undefined);
    setNotice(undefined);
    setRestored(false);
  };

  const finished = (
    result: OkModel,
    button: FormButtonModel,
    sent: Record<string, string>,
    progressId?: string,
  ) => {
    draft.discard();
    if (button.type === "blank" || (result.text !== undefined && /^[a-z]+:/i.test(result.text))) {
      if (!result.text || !done.onWindow(result.text)) {
        setFormError(new PlainError(t("addressRefused")));
        return;
      }
      if (button.type === "blank") return;
    }
    if (button.keepForm) {
      setNotice(t("saved"));
      setServerValues(valuesRef.current);
      return;
    }
    done.onDone(result, withoutSecrets(form, sent), progressId, button.caption);
  };

  const submit = (button: FormButtonModel, confirmed = false) => {
    if (uncertain && !confirmed) {
      setResend(button);
      return;
    }
    setResend(undefined);
    const missing = button.type === "back" ? [] : missingRequired();
    if (missing.length > 0) {
      setFieldErrors(dictOf(missing.map((field) => [field.name, t("required")] as const)));
      focus(missing[0]?.name ?? "");
      return;
    }
    const unequal = button.type === "back" ? [] : mismatchedRepeats();
    if (unequal.length > 0) {
      setFieldErrors(dictOf(unequal.map((field) => [field.name, ft("passwordsDiffer")] as const)));
      focus(unequal[0]?.name ?? "");
      return;
    }
    setFormError(undefined);
    setNotice(undefined);
    // A long request reports its progress under this id (§7.6); a step of a wizard is not one.
    const progressId = button.type === "ok" ? newProgressId() : undefined;
    setPressed(button);
    const sent = dictOf(Object.entries(valuesRef.current).filter(([name]) => !hidden.has(name)));
    const chosen = Object.entries(files).filter(
      ([name, list]) => !hidden.has(name) && list.length > 0,
    );
    setUpload(chosen.length > 0 ? 0 : undefined);
    action.mutate(
      {
        func: form.func,
        params: submitParams(form, button, sent, progressId),
        files: chosen.length > 0 ? Object.fromEntries(chosen) : undefined,
        onUploadProgress: chosen.length > 0 ? setUpload : undefined,
      },
      {
        onSuccess: (result) => {
          setUpload(undefined);
          setUncertain(false);
          if (result.kind === "ok") {
            finished(result, button, sent, progressId);
            return;
          }
          // Another form: the next or previous wizard step, or the same form shown again.
          draft.discard();
          const next = fieldValues(fieldsOf(result));
          if (done.onStep) {
            // The step gets its own address; the page draws it anew there.
            done.onStep(result, withoutSecrets(result, next), withoutSecrets(form, sent));
            return;
          }
          setForm(result);
          setServerValues(next);
          setValues(next, result);
          setFilesState({});
          setFieldErrors({});
        },
        onError: (error) => {
          setUpload(undefined);
          if (error instanceof UnknownResultError) setUncertain(true);
          const field = error instanceof MgrError ? error.field : undefined;
          if (field && fields.some((candidate) => candidate.name === field && !hidden.has(field))) {
            setFieldErrors(
              dictOf([[field, error instanceof MgrError ? error.detail.message : ""]]),
            );
            focus(field);
          } else setFormError(error);
        },
        onSettled: () => {
          setPressed(undefined);
        },
      },
    );
  };

  /** What each button type does (§6.4); an unknown one is reported, never guessed. */
  const press = (button: FormButtonModel) => {
    if (button.disabled) return;
    switch (button.type) {
      case "ok":
      case "next":
      case "back":
      case "blank":
        submit(button);
        return;
      case "cancel":
        draft.discard();
        done.onDone();
        return;
      case "setvalues":
        setvalues.changed(
          {
            name: button.name,
            setvalues: { final: false, blocking: button.blocking, skipFiles: false },
          },
          "chosen",
        );
        return;
      case "func":
        if (button.func)
          done.onOpen(button.func, { elid: form.elid || undefined, plid: form.plid });
        return;
      case "reset":
        reset();
        return;
      default:
        console.warn(`DCI Console: unsupported form button type “${button.type}”`, button);
        setFormError(new PlainError(`${t("unsupportedButton")} (${button.type})`));
    }
  };

  return {
    form,
    fields,
    values,
    files,
    hidden,
    shadowed,
    fieldErrors,
    formError,
    notice,
    upload,
    restored,
    pending: action.isPending,
    /** A `blocking` button or setvalues request locks the whole form while it runs. */
    locked: setvalues.blocking || (action.isPending && pressed?.blocking === true),
    change,
    chooseFiles,
    leave,
    press,
    /** A button pressed after a lost answer, waiting for the user to say "send again". */
    resend,
    confirmResend: () => {
      if (resend) submit(resend, true);
    },
    cancelResend: () => {
      setResend(undefined);
    },
    reload: done.onReload,
    discardDraft: () => {
      draft.discard();
      setValues(serverValues);
      setFilesState({});
      setRestored(false);
    },
  };
}
