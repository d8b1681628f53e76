import { useId, type ReactNode } from "react";

import type { FieldModel } from "../../xjson/model";
import type { FieldProps } from "./fields/field-props";
import { fieldRenderers } from "./fields/registry";

interface FormFieldProps {
  field: FieldModel;
  value: string;
  error?: string;
  /** Values of the other fields, for options that depend on one of them. */
  values: Record<string, string>;
  /** Greyed out and read-only by a condition (`shadow`, §6.5). */
  shadowed: boolean;
  files: File[];
  onChange: (value: string) => void;
  onFiles: (files: File[]) => void;
  onBlur: () => void;
}

/** Controls drawn as a group of inputs: their label names the group rather than one input. */
function isGroup(field: FieldModel): boolean {
  return field.kind === "tree" || (field.kind === "select" && (field.radio || field.multiple));
}

/**
 * One form field: its label, the control its kind's renderer draws, its hints and its error. A
 * kind this interface does not know is a visible placeholder (the registry's `unsupported`).
 */
export function FormField(props: FormFieldProps) {
  const { field, error } = props;
  const id = useId();
  if (field.kind === "hidden") return null;
  const entry = fieldRenderers[field.kind];
  // One place where the kind and its renderer meet; the registry's type keeps them in step.
  const render = entry.render as (props: FieldProps) => ReactNode;
  const describedBy =
    [
      error ? `${id}-error` : "",
      field.hint ? `${id}-hint` : "",
      field.shadowHint ? `${id}-shadow` : "",
    ]
      .filter(Boolean)
      .join(" ") || undefined;
  const locked = field.readonly || props.shadowed;
  const control = render({
    field,
    id,
    value: props.value,
    values: props.values,
    locked,
    invalid: error !== undefined,
    describedBy,
    files: props.files,
    onChange: props.onChange,
    onFiles: props.onFiles,
    onBlur: props.onBlur,
  });
  if (field.kind === "unsupported") return control;

  const labelText = (
    <>
      {field.label}
      {field.required && <span aria-hidden="true"> *</span>}
    </>
  );
  // A message shown as text is its own label: the same words twice would be noise.
  const repeats =
    (field.kind === "textdata" || field.kind === "desc") && field.label === field.text;
  const hiddenLabel = field.noname || field.label === "" ? "visually-hidden" : undefined;
  const classes = [
    "field",
    field.kind === "checkbox" ? "field-checkbox" : "",
    field.fullwidth ? "field-fullwidth" : "",
    props.shadowed ? "field-shadowed" : "",
    error ? "field-invalid" : "",
  ]
    .filter(Boolean)
    .join(" ");

  return (
    <div className={classes}>
      {repeats ? null : entry.labelled && !isGroup(field) ? (
        <label htmlFor={id} id={`${id}-label`} className={hiddenLabel}>
          {labelText}
        </label>
      ) : (
        <span id={`${id}-label`} className={hiddenLabel ?? "field-label"}>
          {labelText}
        </span>
      )}
      {control}
      {field.shadowHint && (
        <p id={`${id}-shadow`} className="field-shadow-hint">
          {field.shadowHint}
        </p>
      )}
      {field.hint && (
        <p id={`${id}-hint`} className="field-hint">
          {field.hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
