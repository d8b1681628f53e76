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
  caption: string;
  hint?: string;
  confirm?: string;
  conditions: ConditionModel[];
}

export interface ToolGroupModel {
  name: string;
  buttons: ButtonModel[];
}

export interface ListModel {
  kind: "list";
  func: string;
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

export type PageModel = ListModel | UnsupportedModel;

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
