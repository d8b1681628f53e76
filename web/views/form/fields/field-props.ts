import type { ReactNode } from "react";

import type { FieldKind, FieldModel } from "../../../xjson/model";

/** What every field renderer gets: its model, its value and how to change it. */
export interface FieldProps<K extends FieldKind = FieldKind> {
  field: Extract<FieldModel, { kind: K }>;
  /** The control's id, which the label points at. */
  id: string;
  value: string;
  /** Values of the other fields (options that depend on one of them). */
  values: Record<string, string>;
  /** Greyed out and read-only by a condition or the document. */
  locked: boolean;
  invalid: boolean;
  describedBy?: string;
  /** Files chosen in a file input. */
  files: File[];
  onChange: (value: string) => void;
  onFiles: (files: File[]) => void;
  onBlur: () => void;
}

/** A renderer of one field kind, and whether it is a control a `<label>` can point at. */
export interface FieldRenderer<K extends FieldKind> {
  render: (props: FieldProps<K>) => ReactNode;
  labelled: boolean;
}

/** Every field kind has its renderer: adding a kind to the model without one fails the type check. */
export type FieldRegistry = { [K in FieldKind]: FieldRenderer<K> };
