import { useId } from "react";

import { uniqueKeys } from "../keys";
import { Unsupported } from "../unsupported";
import { useText } from "../../ui/lang-context";
import { lookup } from "../../xjson/dict";
import type { FieldModel } from "../../xjson/model";

interface FormFieldProps {
  field: FieldModel;
  value: string;
  error?: string;
  /** Values of the other fields, for options that depend on one of them. */
  values: Record<string, string>;
  onChange: (value: string) => void;
  onBlur: () => void;
}

/** One form field, drawn by its kind; a kind this interface does not know is a visible placeholder. */
export function FormField({ field, value, error, values, onChange, onBlur }: FormFieldProps) {
  const t = useText();
  const id = useId();
  const describedBy =
    [error ? `${id}-error` : "", field.hint ? `${id}-hint` : ""].filter(Boolean).join(" ") ||
    undefined;
  const common = {
    id,
    name: field.name,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    "aria-required": field.required || undefined,
    disabled: field.readonly,
    onBlur,
  };

  let control;
  switch (field.kind) {
    case "hidden":
      return null;
    case "text":
      control = (
        <input
          {...common}
          type={field.inputType}
          value={value}
          maxLength={field.maxlength}
          placeholder={field.placeholder}
          autoComplete={field.inputType === "password" ? "new-password" : "off"}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
      );
      break;
    case "textarea":
      control = (
        <textarea
          {...common}
          rows={field.rows}
          value={value}
          maxLength={field.maxlength}
          onChange={(event) => {
            onChange(event.target.value);
          }}
        />
      );
      break;
    case "checkbox":
      control = (
        <input
          {...common}
          type="checkbox"
          checked={value === "on"}
          onChange={(event) => {
            onChange(event.target.checked ? "on" : "off");
          }}
        />
      );
      break;
    case "select": {
      const options = field.options.filter(
        (option) =>
          option.depend === undefined ||
          field.depend === undefined ||
          lookup(values, field.depend) === option.depend,
      );
      const keys = uniqueKeys(options, (option) => option.key);
      if (field.radio) {
        control = (
          <div role="radiogroup" aria-labelledby={`${id}-label`} className="radio-group">
            {options.map((option, index) => (
              <label key={keys[index]}>
                <input
                  type="radio"
                  name={field.name}
                  value={option.key}
                  checked={value === option.key}
                  disabled={field.readonly}
                  onChange={() => {
                    onChange(option.key);
                  }}
                />
                {option.label}
              </label>
            ))}
          </div>
        );
      } else {
        const selected = field.multiple ? value.split(/,\s*/).filter(Boolean) : value;
        control = (
          <select
            {...common}
            multiple={field.multiple}
            value={selected}
            onChange={(event) => {
              onChange(
                field.multiple
                  ? [...event.target.selectedOptions].map((option) => option.value).join(", ")
                  : event.target.value,
              );
            }}
          >
            {options.map((option, index) => (
              <option key={keys[index]} value={option.key}>
                {option.label}
              </option>
            ))}
          </select>
        );
      }
      break;
    }
    case "textdata":
      return <p className={field.warning ? "form-text form-warning" : "form-text"}>{field.text}</p>;
    case "unsupported":
      return (
        <Unsupported what="field" kind={field.control} className="field">
          {field.label}: {t("unsupportedField")} ({field.control})
        </Unsupported>
      );
  }

  return (
    <div className={field.kind === "checkbox" ? "field field-checkbox" : "field"}>
      <label htmlFor={id} id={`${id}-label`}>
        {field.label}
        {field.required && <span aria-hidden="true"> *</span>}
      </label>
      {control}
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
