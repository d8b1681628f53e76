/** The declarations a form is built from (mgr5-protocol.md §6.2–§6.4). */
import type { Texts } from "../i18n";

/**
 * When a control asks the server for new values (mgr5-protocol.md §6.6): after the change is
 * finished, while the form is locked, both, without re-sending file inputs, or every N seconds.
 */
export type SetvaluesMode = "final" | "blocking" | "finalblock" | "skipfiles" | `${number}`;

/** A column of an embedded `list` control; its header is the `list_<name>` message (§6.7). */
export interface ListColumnSpec {
  name: string;
  type?: "data" | "msg";
}

/** The controls of mgr5-protocol.md §6.3. Values come from `doc.<name>` unless said otherwise. */
export type ControlSpec =
  | {
      kind: "input";
      type?: "text" | "password" | "checkbox" | "hidden" | "file";
      check?: string;
      checkargs?: string;
      maxlength?: number;
      /** `file` inputs: several files under the same name. */
      multiple?: boolean;
      /** `date="yes"`: YYYY-MM-DD; `date="datetime"`: YYYY-MM-DD HH:MM:SS. */
      date?: "date" | "datetime";
      /** A multi-line zoom editor of this many lines: one value per line, each checked. */
      zoom?: number;
      /** Digits are placeholders for a digit, anything else is literal (`99:99`). */
      mask?: string;
      /** A client-side conversion, sent to validators as `tconvert`; the server applies it too. */
      convert?: "punycode";
      focus?: boolean;
      /**
       * `checkpasswd="<field>"`: this password repeats that one. The interface checks they match;
       * the panel does not require the repeat (billing modules never send it).
       */
      confirms?: string;
    }
  | { kind: "select"; type?: "select" | "radio" | "multiple"; depend?: string }
  | { kind: "textarea"; rows?: number; maxlength?: number }
  | { kind: "slider"; min: number; max: number; step: number }
  | { kind: "textdata"; type: "msg" | "msgdata" | "data"; warning?: boolean }
  | { kind: "htmldata"; height?: number }
  | { kind: "desc" }
  | { kind: "list"; type: "table" | "block"; columns: ListColumnSpec[] }
  | { kind: "tree" }
  | { kind: "datetime" }
  | { kind: "link" }
  | { kind: "img" }
  | { kind: "frame"; height?: number }
  | { kind: "ticket" }
  | { kind: "captcha" };

/**
 * `<if>`/`<else>` of §6.5 on a control: when the control's value equals `value` (or is empty,
 * `empty="yes"`, or is not, `empty="no"`), `hide` is hidden and `shadow` greyed out; an `else`
 * applies when none of the control's `if`s does.
 */
export interface ConditionSpec {
  value?: string;
  empty?: "yes" | "no";
  hide?: string;
  shadow?: string;
  /** An `<else>`: applies when no `if` of this control applies. */
  otherwise?: boolean;
}

export interface FieldSpec {
  name: string;
  control: ControlSpec;
  required?: boolean;
  readonly?: boolean;
  /** Ask the server for new values when this field changes (§6.6). */
  setvalues?: SetvaluesMode;
  minLevel?: number;
  /** Left out of the new-object form; carried as `remove_if="new"` on an existing one. */
  removeIf?: "new";
  /** `<if value="v" hide="field"/>`: choosing `v` hides `field` (§6.5). */
  ifs?: { value: string; hide: string }[];
  /** Any other `if`/`else` (§6.5). */
  conditions?: ConditionSpec[];
  /** No label: the control speaks for itself (`noname="yes"`). */
  noname?: boolean;
  fullwidth?: boolean;
  /** Shown in the form for several objects at once (group edit, §5.2). */
  group?: boolean;
  /** Shown only in the form for several objects (what they are). */
  groupOnly?: boolean;
}

export interface PageSpec {
  name: string;
  /** Collapsed unless the user opened it (`func=collapse`, §6.1). */
  collapsed?: boolean;
  fields: FieldSpec[];
}

export type ButtonType =
  "ok" | "cancel" | "next" | "back" | "blank" | "setvalues" | "func" | "reset";

export interface FormButtonSpec {
  name: string;
  type: ButtonType;
  /** `func` buttons: the function they open. */
  func?: string;
  color?: "blue" | "cyan" | "green" | "red" | "yellow";
  keepform?: boolean;
  blocking?: boolean;
  disabled?: boolean;
}

export interface FormSpec {
  name: string;
  pages: PageSpec[];
  buttons?: FormButtonSpec[];
  texts: Texts;
}

export interface SlistItem {
  key: string;
  label: string;
  depend?: string;
  /** A colour name or #rrggbb shown next to the option. */
  color?: string;
  /** An image (icon name or URL) shown next to the option. */
  image?: string;
}

/** A node of a `tree` control: `key` is what is submitted, `label` what is shown. */
export interface TreeNode {
  key: string;
  label: string;
  /** Can be chosen (a group node may only hold others). */
  selectable?: boolean;
  children?: TreeNode[];
}

/** A message of a `ticket` control. */
export interface ThreadMessage {
  id: string;
  /** From the viewer's side (`outcoming`) or the other side (`incoming`). */
  type: "incoming" | "outcoming";
  author: string;
  date: string;
  text: string;
  files: { id: string; name: string; size: number }[];
}

export interface FormData {
  values: Record<string, string>;
  slists?: Record<string, SlistItem[]>;
  /** Rows of `list` controls by control name: cells by column name. */
  lists?: Record<string, Record<string, string>[]>;
  trees?: Record<string, TreeNode[]>;
  threads?: Record<string, ThreadMessage[]>;
  /** Attributes computed for this answer (a captcha's image), by control name. */
  attrs?: Record<string, Record<string, string>>;
  elid?: string;
  plid?: string;
  isNew: boolean;
  /** The form for several objects (`elid=a, b`): only `group` fields. */
  group?: boolean;
}
