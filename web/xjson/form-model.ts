/**
 * Form models (mgr5-protocol.md §6): one field kind per control of §6.3, with what the form view
 * needs to draw, validate and submit it. Views render these, never the wire format.
 */
import type { CellModel, Messages } from "./model";

/** An option of a select, from `slist`. */
export interface OptionModel {
  key: string;
  label: string;
  /** Shown only while the field named by the select's `depend` has this value. */
  depend?: string;
  /** A colour the option is marked with (`val@color`). */
  color?: string;
  /** An icon name or address for the option (`val@image`). */
  image?: string;
}

/**
 * One `if` or `else` of a control (§6.5). It holds while the control's value equals `value` (or is
 * empty / not empty for `empty`); an `else` holds when the `if` before it does not. While it holds,
 * `hide` fields are hidden and `shadow` fields are greyed out and read-only.
 */
export interface ConditionModel {
  value?: string;
  empty?: boolean;
  otherwise: boolean;
  hide: string[];
  shadow: string[];
}

/** When a setvalues request goes (§6.6): on leaving the field, at once, and every N seconds. */
export interface SetValuesMode {
  /** Only when the change is finished (leaving a text field), not on each keystroke. */
  final: boolean;
  /** The form is locked while the answer is awaited. */
  blocking: boolean;
  /** File inputs are not sent with it. */
  skipFiles: boolean;
  /** Asked again every this many seconds. */
  repeatSec?: number;
}

interface FieldBase {
  name: string;
  label: string;
  hint?: string;
  /** `shadow_hint_*`: an inline hint under the field. */
  shadowHint?: string;
  placeholder?: string;
  required: boolean;
  readonly: boolean;
  /** The field's label is not shown (`noname`); it still names the control for screen readers. */
  noname: boolean;
  /** The field takes the whole width of the form (`fullwidth`, `formwidth`). */
  fullwidth: boolean;
  /** Ask the server for new values when this field changes (§6.6). */
  setvalues?: SetValuesMode;
  conditions: ConditionModel[];
}

/** An embedded table or block list's column (`list/col`, headers from `list_<col>`). */
export interface EmbeddedColumn {
  name: string;
  title: string;
  type: string;
}

/** A node of a `tree` control: pick one by its key. */
export interface TreeNodeModel {
  key: string;
  label: string;
  /** A grouping node that cannot be chosen itself (`selectable="no"`). */
  selectable: boolean;
  children: TreeNodeModel[];
}

/** An attachment of a ticket message. */
export interface AttachmentModel {
  name: string;
  url?: string;
  size?: string;
}

/** One message of a `ticket` thread: from the user (`outgoing`) or to them (`incoming`). */
export interface TicketMessageModel {
  direction: "incoming" | "outgoing";
  author: string;
  date: string;
  text: string;
  attachments: AttachmentModel[];
}

/** A form field by the kind of its control (§6.3); `unsupported` keeps unknown controls visible. */
export type FieldModel =
  | (FieldBase & {
      kind: "text";
      inputType: "text" | "password";
      value: string;
      maxlength?: number;
      check?: string;
      checkargs?: string;
      /**
       * `checkpasswd="<field>"`: this field repeats that one's password and must equal it. The
       * check is the form's own: panels do not require the repeat (billing modules never send it).
       */
      confirms?: string;
      /** A date or a date and time, picked rather than typed (`input@date`). */
      date?: "date" | "datetime";
      /** Several values, one per line, each validated (`zoom`). */
      zoom: boolean;
      /** An input mask such as `999.999.999.999` (`9` digit, `a` letter, `*` either). */
      mask?: string;
      /** Takes the focus when the form opens. */
      focus: boolean;
      /** A client-side conversion the validator is told about (`tconvert`), e.g. punycode. */
      convert?: string;
    })
  | (FieldBase & { kind: "checkbox"; value: boolean })
  | (FieldBase & { kind: "hidden"; value: string })
  | (FieldBase & { kind: "file"; multiple: boolean; accept?: string })
  | (FieldBase & {
      kind: "select";
      value: string;
      options: OptionModel[];
      multiple: boolean;
      radio: boolean;
      depend?: string;
    })
  | (FieldBase & { kind: "textarea"; value: string; rows: number; maxlength?: number })
  | (FieldBase & { kind: "slider"; value: string; min: number; max: number; step: number })
  | (FieldBase & { kind: "datetime"; value: string })
  | (FieldBase & { kind: "textdata"; text: string; warning: boolean })
  /** Untrusted HTML from the panel: the view sanitizes it before drawing. */
  | (FieldBase & { kind: "htmldata"; html: string; height?: number })
  | (FieldBase & { kind: "desc"; text: string })
  | (FieldBase & {
      kind: "list";
      listType: "table" | "block";
      columns: EmbeddedColumn[];
      rows: Record<string, CellModel>[];
    })
  | (FieldBase & { kind: "tree"; value: string; nodes: TreeNodeModel[] })
  | (FieldBase & { kind: "link"; url: string; text: string })
  | (FieldBase & { kind: "img"; src: string })
  | (FieldBase & { kind: "frame"; src: string; height?: number })
  | (FieldBase & { kind: "ticket"; messages: TicketMessageModel[] })
  | (FieldBase & { kind: "captcha"; src?: string })
  | (FieldBase & { kind: "unsupported"; control: string });

/** Every kind of field: a renderer registry keyed by this must name each one. */
export type FieldKind = FieldModel["kind"];

/** A section of a form; collapsed ones start closed. */
export interface FormPageModel {
  name: string;
  title: string;
  collapsed: boolean;
  fields: FieldModel[];
}

/** What a form button does (§6.4); an unknown type is reported when pressed, never guessed. */
export type FormButtonType =
  "ok" | "cancel" | "next" | "back" | "blank" | "setvalues" | "func" | "reset";

/** A form button (§6.4): `type` decides what pressing it sends. */
export interface FormButtonModel {
  name: string;
  type: FormButtonType | (string & {});
  caption: string;
  /** The function a `func` button calls. */
  func?: string;
  /** blue, cyan, green, red, yellow. */
  color?: string;
  /** After success the form stays, showing the result. */
  keepForm: boolean;
  /** The whole interface waits while it runs. */
  blocking: boolean;
  disabled: boolean;
}

/** A `form` document (§6): what the form view draws and submits. */
export interface FormModel {
  kind: "form";
  func: string;
  title: string;
  elid: string;
  plid?: string;
  pages: FormPageModel[];
  buttons: FormButtonModel[];
  /** A display-only form: no submit. */
  noSubmit: boolean;
  /** The form has a file input: it is submitted as multipart/form-data (§6.10). */
  hasFiles: boolean;
  messages: Messages;
}
