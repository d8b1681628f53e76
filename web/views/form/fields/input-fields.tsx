import { preloadUpload } from "../../../api/client";
import { fromLocalInput, toLocalInput } from "./dates";
import type { FieldKind } from "../../../xjson/model";
import type { FieldProps } from "./field-props";
import { useFormText } from "../form-texts";

function common<K extends FieldKind>(props: FieldProps<K>) {
  return {
    id: props.id,
    name: props.field.name,
    "aria-invalid": props.invalid || undefined,
    "aria-describedby": props.describedBy,
    "aria-required": props.field.required || undefined,
    readOnly: props.locked,
    onBlur: props.onBlur,
  };
}

/** Text, password, date and date-time inputs; `zoom` takes one value per line. */
export function TextInput(props: FieldProps<"text">) {
  const { field, value, onChange } = props;
  if (field.zoom)
    return (
      <textarea
        {...common(props)}
        rows={Math.min(12, Math.max(3, value.split("\n").length + 1))}
        value={value}
        placeholder={field.placeholder ?? field.mask}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
    );
  const date = field.date;
  return (
    <input
      {...common(props)}
      type={date === "datetime" ? "datetime-local" : (date ?? field.inputType)}
      value={date === "datetime" ? toLocalInput(value) : value}
      maxLength={field.maxlength}
      placeholder={field.placeholder ?? field.mask}
      // The document names the one field that takes the focus.
      autoFocus={field.focus}
      autoComplete={field.inputType === "password" ? "new-password" : "off"}
      onChange={(event) => {
        onChange(date === "datetime" ? fromLocalInput(event.target.value) : event.target.value);
      }}
    />
  );
}

export function TextArea(props: FieldProps<"textarea">) {
  return (
    <textarea
      {...common(props)}
      rows={props.field.rows}
      value={props.value}
      maxLength={props.field.maxlength}
      placeholder={props.field.placeholder}
      onChange={(event) => {
        props.onChange(event.target.value);
      }}
    />
  );
}

export function Checkbox(props: FieldProps<"checkbox">) {
  return (
    <input
      {...common(props)}
      type="checkbox"
      checked={props.value === "on"}
      // A read-only checkbox cannot be unticked: readOnly does not stop clicks on checkboxes.
      disabled={props.locked}
      onChange={(event) => {
        props.onChange(event.target.checked ? "on" : "off");
      }}
    />
  );
}

/** A range with the chosen value written next to it. */
export function Slider(props: FieldProps<"slider">) {
  const { field, value } = props;
  return (
    <span className="slider">
      <input
        {...common(props)}
        type="range"
        min={field.min}
        max={field.max}
        step={field.step}
        value={value}
        disabled={props.locked}
        onChange={(event) => {
          props.onChange(event.target.value);
        }}
      />
      <output htmlFor={props.id}>{value}</output>
    </span>
  );
}

export function DateTime(props: FieldProps<"datetime">) {
  return (
    <input
      {...common(props)}
      type="datetime-local"
      value={toLocalInput(props.value)}
      onChange={(event) => {
        props.onChange(fromLocalInput(event.target.value));
      }}
    />
  );
}

/**
 * A file input; the names chosen are listed, and they go with the submit. Choosing a file fetches
 * the code that uploads it, while the rest of the form is filled in.
 */
export function FileInput(props: FieldProps<"file">) {
  const ft = useFormText();
  return (
    <span className="file-input">
      <input
        {...common(props)}
        type="file"
        multiple={props.field.multiple}
        accept={props.field.accept}
        disabled={props.locked}
        onChange={(event) => {
          preloadUpload();
          props.onFiles([...(event.target.files ?? [])]);
        }}
      />
      {props.files.length > 0 && (
        <span className="file-names">
          {ft("filesChosen")}: {props.files.map((file) => file.name).join(", ")}
        </span>
      )}
    </span>
  );
}

export function Hidden() {
  return null;
}
