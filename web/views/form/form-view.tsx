import { useState, type SyntheticEvent } from "react";

import { MgrError } from "../../api/errors";
import { checkField } from "../../api/form-calls";
import { useAction } from "../../api/mutations";
import { Alert } from "../../ui/alert";
import { Button } from "../../ui/button";
import { useText } from "../../ui/lang-context";
import type { FieldModel, FormButtonModel, FormModel, OkModel } from "../../xjson/model";
import { lookup } from "../../xjson/dict";
import { fieldValues, hiddenByConditions } from "../../xjson/parse-form";
import { uniqueKeys } from "../keys";
import { RequestError } from "../request-error";
import { FormField } from "./form-field";
import { useDraft } from "./use-draft";
import { useSetValues } from "./use-setvalues";

interface FormViewProps {
  form: FormModel;
  /** After OK succeeded (with the values it sent), or Cancel. */
  onDone: (result?: OkModel, submitted?: Record<string, string>) => void;
}

function secretNames(fields: FieldModel[]): Set<string> {
  return new Set(
    fields
      .filter((field) => field.kind === "text" && field.inputType === "password")
      .map((field) => field.name),
  );
}

function initialValues(form: FormModel): Record<string, string> {
  return fieldValues(form.pages.flatMap((page) => page.fields));
}

/** A form document: pages of fields, client-side `if` conditions, validators, and the submit. */
export function FormView({ form: initial, onDone }: FormViewProps) {
  const t = useText();
  const [form, setForm] = useState(initial);
  const [serverValues] = useState(() => initialValues(initial));
  const draft = useDraft(form, serverValues);
  const [values, setValuesState] = useState(() => draft.restored ?? serverValues);
  const [restoredNotice, setRestoredNotice] = useState(draft.restored !== undefined);
  const setValues = (next: Record<string, string>, shown: FormModel = form) => {
    setValuesState(next);
    draft.save(next, shown);
  };
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<unknown>();
  const action = useAction();
  const fields = form.pages.flatMap((page) => page.fields);
  const hidden = hiddenByConditions(fields, values);
  const setvalues = useSetValues(form, (next, merged) => {
    setForm(next);
    setValues(merged, next);
  });

  const setValue = (field: FieldModel, value: string) => {
    const name = field.name;
    const next = { ...values, [name]: value };
    setValues(next);
    // Choices ask at once; typed text asks when the field is left.
    if (field.kind === "select" || field.kind === "checkbox") void setvalues.refresh(field, next);
    setFieldErrors((current) =>
      Object.fromEntries(Object.entries(current).filter(([other]) => other !== name)),
    );
  };

  const check = async (field: FieldModel) => {
    const value = lookup(values, field.name) ?? "";
    if (field.kind !== "text" || value === "") return;
    const refusal = await checkField(form, field, value);
    if (refusal) setFieldErrors((current) => ({ ...current, [field.name]: refusal }));
  };

  const submit = (button: FormButtonModel) => {
    const missing = fields.filter(
      (field) =>
        field.required &&
        !field.readonly &&
        !hidden.has(field.name) &&
        field.kind !== "checkbox" &&
        (lookup(values, field.name) ?? "") === "",
    );
    if (missing.length > 0 && button.type !== "back") {
      setFieldErrors(Object.fromEntries(missing.map((field) => [field.name, t("required")])));
      document.getElementsByName(missing[0]?.name ?? "")[0]?.focus();
      return;
    }
    setFormError(undefined);
    const sent = Object.fromEntries(Object.entries(values).filter(([name]) => !hidden.has(name)));
    const params: Record<string, string | undefined> = {
      ...sent,
      elid: form.elid,
      plid: form.plid,
      sok: "ok",
      clicked_button: button.name,
      snext: button.type === "next" ? "ok" : undefined,
      sback: button.type === "back" ? "ok" : undefined,
    };
    action.mutate(
      { func: form.func, params },
      {
        onSuccess: (result) => {
          if (result.kind === "ok") {
            draft.discard();
            // What goes on to an address never holds a password.
            const open = Object.fromEntries(
              Object.entries(sent).filter(([name]) => !secretNames(fields).has(name)),
            );
            onDone(result, open);
          } else {
            setForm(result);
            setValuesState(initialValues(result));
          }
        },
        onError: (error) => {
          const field = error instanceof MgrError ? error.field : undefined;
          if (field && fields.some((candidate) => candidate.name === field && !hidden.has(field))) {
            setFieldErrors({ [field]: error instanceof MgrError ? error.detail.message : "" });
            document.getElementsByName(field)[0]?.focus();
          } else setFormError(error);
        },
      },
    );
  };

  const pageKeys = uniqueKeys(form.pages, (page) => page.name);
  const buttonKeys = uniqueKeys(form.buttons, (button) => button.name);
  // A display-only form whose fields are all hidden would otherwise be a blank page.
  const empty =
    (form.noSubmit || form.buttons.length === 0) &&
    !fields.some((field) => field.kind !== "hidden" && !hidden.has(field.name));

  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    const ok = form.buttons.find((button) => button.type === "ok");
    if (ok) submit(ok);
  };

  return (
    <section aria-labelledby="page-title" className="form-view">
      <h1 id="page-title">{form.title}</h1>
      <form onSubmit={onSubmit} noValidate aria-busy={setvalues.blocking || undefined}>
        <fieldset disabled={setvalues.blocking} className="form-lock">
          {restoredNotice && (
            <Alert
              tone="info"
              action={
                <Button
                  onClick={() => {
                    draft.discard();
                    setValuesState(serverValues);
                    setRestoredNotice(false);
                  }}
                >
                  {t("discardDraft")}
                </Button>
              }
            >
              {t("draftRestored")}
            </Alert>
          )}
          {formError !== undefined && <RequestError error={formError} />}
          {Object.keys(fieldErrors).length > 0 && <Alert tone="error">{t("fixFields")}</Alert>}
          {form.pages.map((page, pageIndex) => {
            const shown = page.fields.filter((field) => !hidden.has(field.name));
            if (shown.length === 0) return null;
            const fieldKeys = uniqueKeys(shown, (field) => field.name);
            const pageKey = pageKeys[pageIndex];
            const body = shown.map((field, index) => (
              <FormField
                key={fieldKeys[index]}
                field={field}
                value={lookup(values, field.name) ?? ""}
                values={values}
                error={lookup(fieldErrors, field.name)}
                onChange={(value) => {
                  setValue(field, value);
                }}
                onBlur={() => {
                  void check(field);
                  if (field.kind === "text" || field.kind === "textarea")
                    void setvalues.refresh(field, values);
                }}
              />
            ));
            if (page.title === "") return <div key={pageKey}>{body}</div>;
            return page.collapsed ? (
              <details key={pageKey} className="form-page">
                <summary>{page.title}</summary>
                {body}
              </details>
            ) : (
              <fieldset key={pageKey} className="form-page">
                <legend>{page.title}</legend>
                {body}
              </fieldset>
            );
          })}
          {empty && <p className="empty-state">{t("nothingHere")}</p>}
          {!form.noSubmit && (
            <div className="form-buttons">
              {form.buttons.map((button, index) =>
                button.type === "cancel" ? (
                  <Button
                    key={buttonKeys[index]}
                    onClick={() => {
                      draft.discard();
                      onDone();
                    }}
                  >
                    {button.caption}
                  </Button>
                ) : (
                  <Button
                    key={buttonKeys[index]}
                    variant={button.type === "ok" ? "primary" : "secondary"}
                    disabled={action.isPending}
                    type={button.type === "ok" ? "submit" : "button"}
                    onClick={
                      button.type === "ok"
                        ? undefined
                        : () => {
                            submit(button);
                          }
                    }
                  >
                    {button.caption}
                  </Button>
                ),
              )}
            </div>
          )}
        </fieldset>
      </form>
    </section>
  );
}
