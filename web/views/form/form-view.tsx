import { useState, type ReactNode, type SyntheticEvent } from "react";

import { collapsePage } from "../../api/form-calls";
import { Alert } from "../../ui/alert";
import { Button } from "../../ui/button";
import { Dialog } from "../../ui/dialog";
import { useText } from "../../ui/lang-context";
import { ProgressBar } from "../../ui/progress-bar";
import { lookup } from "../../xjson/dict";
import type { FormButtonModel, FormModel, FormPageModel } from "../../xjson/model";
import { uniqueKeys } from "../keys";
import { RequestError } from "../request-error";
import { FormField } from "./form-field";
import { useFormController, type FormDone } from "./use-form-controller";
import { Link } from "../../ui/link";
import { useFormText } from "./form-texts";

interface FormViewProps extends FormDone {
  form: FormModel;
  /** What the form is about, named by the view it came from: the title says it. */
  subject?: string;
  /** The view it came from, as the first step of its breadcrumbs. */
  trail?: { to: `/${string}`; label: string };
  /** Values typed into this form before (a wizard step gone back to). */
  typed?: Record<string, string>;
}

type Controller = ReturnType<typeof useFormController>;

function FormPage({ page, controller }: { page: FormPageModel; controller: Controller }) {
  const shown = page.fields.filter((field) => !controller.hidden.has(field.name));
  if (shown.length === 0) return null;
  const keys = uniqueKeys(shown, (field) => field.name);
  return shown.map((field, index) => (
    <FormField
      key={keys[index]}
      field={field}
      value={lookup(controller.values, field.name) ?? ""}
      values={controller.values}
      shadowed={controller.shadowed.has(field.name)}
      files={lookup(controller.files, field.name) ?? []}
      error={lookup(controller.fieldErrors, field.name)}
      onChange={(value) => {
        const typed = field.kind === "text" || field.kind === "textarea";
        controller.change(field, value, typed ? "typed" : "chosen");
      }}
      onFiles={(files) => {
        controller.chooseFiles(field, files);
      }}
      onBlur={() => void controller.leave(field)}
    />
  ));
}

/** A titled page; opening or closing it is remembered by the panel (`func=collapse`). */
function CollapsiblePage({
  form,
  page,
  children,
}: {
  form: FormModel;
  page: FormPageModel;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(!page.collapsed);
  return (
    <details
      className="form-page"
      open={open}
      onToggle={(event) => {
        // Browsers also fire toggle when the page is first drawn open: only a change counts.
        const now = event.currentTarget.open;
        if (now === open) return;
        setOpen(now);
        void collapsePage(form, page.name, !now);
      }}
    >
      <summary>{page.title}</summary>
      {children}
    </details>
  );
}

function buttonVariant(button: FormButtonModel): "primary" | "secondary" | "danger" {
  if (button.color === "red") return "danger";
  return button.type === "ok" || button.type === "next" ? "primary" : "secondary";
}

/**
 * A form document: pages (collapsible ones remembered by the panel), every control of §6.3 by
 * its kind, conditions, validators, setvalues, uploads with progress, and each button type.
 */
export function FormView({ form: initial, subject, trail, typed, ...done }: FormViewProps) {
  const t = useText();
  const ft = useFormText();
  const controller = useFormController(initial, done, typed);
  const { form } = controller;
  const pageKeys = uniqueKeys(form.pages, (page) => page.name);
  const buttonKeys = uniqueKeys(form.buttons, (button) => button.name);
  // A display-only form whose fields are all hidden would otherwise be a blank page.
  const empty =
    (form.noSubmit || form.buttons.length === 0) &&
    !controller.fields.some(
      (field) => field.kind !== "hidden" && !controller.hidden.has(field.name),
    );

  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    const main = form.buttons.find((button) => button.type === "ok" || button.type === "next");
    if (main) controller.press(main);
  };

  return (
    <section aria-labelledby="page-title" className="form-view">
      {trail && (
        <nav aria-label={t("breadcrumbs")} className="breadcrumbs no-print">
          <ol>
            <li>
              <Link to={trail.to}>{trail.label}</Link>
            </li>
            <li>
              <span aria-current="page">{subject ?? form.title}</span>
            </li>
          </ol>
        </nav>
      )}
      <h1 id="page-title">{subject ? `${form.title}: ${subject}` : form.title}</h1>
      <form onSubmit={onSubmit} noValidate aria-busy={controller.locked || undefined}>
        <fieldset disabled={controller.locked} className="form-lock">
          {controller.restored && (
            <Alert
              tone="info"
              action={<Button onClick={controller.discardDraft}>{ft("discardDraft")}</Button>}
            >
              {ft("draftRestored")}
            </Alert>
          )}
          {controller.notice && <Alert tone="info">{controller.notice}</Alert>}
          {controller.formError !== undefined && (
            <RequestError error={controller.formError} onRetry={controller.reload} />
          )}
          {Object.keys(controller.fieldErrors).length > 0 && (
            <Alert tone="error">{ft("fixFields")}</Alert>
          )}
          {form.pages.map((page, index) => {
            const body = <FormPage page={page} controller={controller} />;
            if (page.title === "") return <div key={pageKeys[index]}>{body}</div>;
            return (
              <CollapsiblePage key={pageKeys[index]} form={form} page={page}>
                {body}
              </CollapsiblePage>
            );
          })}
          {empty && <p className="empty-state">{t("nothingHere")}</p>}
          {controller.upload !== undefined && (
            <ProgressBar
              label={ft("uploading")}
              value={Math.round(controller.upload * 100)}
              max={100}
            />
          )}
          {!form.noSubmit && (
            <div className="form-buttons no-print">
              {form.buttons.map((button, index) => (
                <Button
                  key={buttonKeys[index]}
                  variant={buttonVariant(button)}
                  className={button.color ? `btn-color-${button.color}` : undefined}
                  disabled={button.disabled || (controller.pending && button.type !== "cancel")}
                  type={button.type === "ok" || button.type === "next" ? "submit" : "button"}
                  onClick={(event) => {
                    event.preventDefault();
                    controller.press(button);
                  }}
                >
                  {button.caption}
                </Button>
              ))}
            </div>
          )}
        </fieldset>
      </form>
      {controller.resend && (
        <Dialog
          title={ft("sendAgainTitle")}
          onClose={controller.cancelResend}
          actions={
            <>
              <Button onClick={controller.cancelResend}>{t("cancel")}</Button>
              <Button variant="primary" onClick={controller.confirmResend}>
                {ft("sendAgain")}
              </Button>
            </>
          }
        >
          <p>{ft("sendAgainText")}</p>
        </Dialog>
      )}
    </section>
  );
}
