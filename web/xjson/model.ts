/** Typed view models built from xjson replies. Views render these, never the wire format. */

export type Messages = Record<string, string>;

export interface ErrorModel {
  type: string;
  object: string;
  value: string;
  /** The localized text the server wrote for people. */
  message: string;
}

export interface AuthModel {
  sessionId: string;
  level: number;
}

export interface PropModel {
  name: string;
  img: string;
  /** Present for `xprop`: the icon shows only when the row's value equals it. */
  value?: string;
}

export type ColumnType = "data" | "msg" | "indicator" | "prop";

export interface ColumnModel {
  name: string;
  title: string;
  hint?: string;
  type: ColumnType;
  sort?: "alpha" | "digit" | "prop";
  sorted?: { direction: "asc" | "desc"; priority: number };
  align?: "left" | "center" | "right";
  props: PropModel[];
  /** Reports: a footer with the column's sum or count (§7.1). */
  total?: "sum" | "count";
}

export interface CellModel {
  text: string;
  attrs: Record<string, string>;
}

export interface RowModel {
  /** The value of the list's key column: what `elid` carries. */
  key: string;
  cells: Record<string, CellModel>;
}

export interface ConditionModel {
  kind: "hide" | "show" | "remove";
  name: string;
  value: string;
}

export interface ButtonModel {
  name: string;
  func: string;
  type: string;
  img?: string;
  isDefault: boolean;
  /** `edit` buttons with `nogroupedit="yes"` take exactly one row. */
  noGroupEdit: boolean;
  caption: string;
  hint?: string;
  confirm?: string;
  conditions: ConditionModel[];
}

export interface ToolGroupModel {
  name: string;
  buttons: ButtonModel[];
}

/** One step of a breadcrumb (§7.4): the link text and how to re-open it. */
export interface CrumbModel {
  func: string;
  name: string;
  params: Record<string, string>;
}

export interface ListModel {
  kind: "list";
  func: string;
  /** The parent's key in a sub-list: what the list's buttons send as `plid`. */
  plid?: string;
  breadcrumb: CrumbModel[];
  title: string;
  key: string;
  keyname: string;
  columns: ColumnModel[];
  rows: RowModel[];
  toolbar: ToolGroupModel[];
  page: { number: number; size: number; total: number };
  filter: string[];
  autoupdate?: number;
  messages: Messages;
}

/** A page kind this version does not render yet: drawn as a visible placeholder. */
export interface UnsupportedModel {
  kind: "unsupported";
  func: string;
  type: string;
}

export interface OptionModel {
  key: string;
  label: string;
  /** Shown only while the field named by the select's `depend` has this value. */
  depend?: string;
}

/** `<if value="v" hide="field"/>` on a control: choosing `v` hides `field` (§6.5). */
export interface ConditionalHide {
  value: string;
  hide: string;
}

interface FieldBase {
  name: string;
  label: string;
  hint?: string;
  placeholder?: string;
  required: boolean;
  readonly: boolean;
  /** Ask the server for new values when this field changes (§6.6). */
  setvalues?: string;
  ifs: ConditionalHide[];
}

export type FieldModel =
  | (FieldBase & {
      kind: "text";
      inputType: "text" | "password";
      value: string;
      maxlength?: number;
      check?: string;
      checkargs?: string;
    })
  | (FieldBase & { kind: "checkbox"; value: boolean })
  | (FieldBase & { kind: "hidden"; value: string })
  | (FieldBase & {
      kind: "select";
      value: string;
      options: OptionModel[];
      multiple: boolean;
      radio: boolean;
      depend?: string;
    })
  | (FieldBase & { kind: "textarea"; value: string; rows: number; maxlength?: number })
  | (FieldBase & { kind: "textdata"; text: string; warning: boolean })
  | (FieldBase & { kind: "unsupported"; control: string });

export interface FormPageModel {
  name: string;
  title: string;
  collapsed: boolean;
  fields: FieldModel[];
}

export interface FormButtonModel {
  name: string;
  type: string;
  caption: string;
  func?: string;
}

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
  messages: Messages;
}

/** `doc.ok`: success, possibly with a follow-up (a `func=...` query or a URL, §6.9). */
export interface OkModel {
  kind: "ok";
  text?: string;
  /** Keys of created objects the panel answered next to `ok` (`<id>`, `<ip>`). */
  created: Record<string, string>;
}

export interface DiagramModel {
  type: string;
  /** The column whose values name the bars or slices. */
  label: string;
  /** The columns drawn. */
  data: string[];
}

export interface BandModel {
  name: string;
  title: string;
  columns: ColumnModel[];
  rows: RowModel[];
  diagrams: DiagramModel[];
}

export interface ReportModel {
  kind: "report";
  func: string;
  title: string;
  /** `report_info`: what the report shows. */
  info?: string;
  /** The parameter form (period and the like); empty when the report takes none. */
  fields: FieldModel[];
  bands: BandModel[];
  messages: Messages;
}

export interface BlockLinkModel {
  name: string;
  title: string;
  /** The function the link opens. */
  func: string;
  /** `list`, `form` or `window`: how the function opens. */
  opens: "list" | "form" | "window";
}

/** A dashboard block (§7.2): quick links, or a list or report shown in brief. */
export interface BlockModel {
  name: string;
  title: string;
  type: string;
  position: "top" | "left" | "right";
  func?: string;
  rows?: number;
  links: BlockLinkModel[];
  /** For list blocks: the columns to show; empty means the list's own. */
  columns: string[];
}

export interface DashboardModel {
  kind: "dashboard";
  func: string;
  title: string;
  blocks: BlockModel[];
}

export type PageModel = ListModel | FormModel | ReportModel | DashboardModel | UnsupportedModel;

export interface MenuItemModel {
  name: string;
  title: string;
  action: string;
  type: string;
}

export interface MenuGroupModel {
  name: string;
  title: string;
  items: MenuItemModel[];
}

export interface DesktopModel {
  startpage?: string;
  groups: MenuGroupModel[];
  username?: string;
  level?: number;
}
