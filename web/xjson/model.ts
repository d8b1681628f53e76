/** Typed view models built from xjson replies. Views render these, never the wire format. */
import type { FieldModel, FormModel } from "./form-model";

export type Messages = Record<string, string>;

/** An `error` document (mgr5-protocol.md §8): `object` names the field of a `value` error. */
export interface ErrorModel {
  type: string;
  object: string;
  value: string;
  /** The localized text the server wrote for people. */
  message: string;
}

/** The `auth` answer of a login: the session id and the access level (16 user, 29 admin). */
export interface AuthModel {
  sessionId: string;
  level: number;
}

/** A status icon of a `prop` column (§5.3): `prop` when the row has the field, `xprop` when it equals `value`. */
export interface PropModel {
  name: string;
  img: string;
  /** Present for `xprop`: the icon shows only when the row's value equals it. */
  value?: string;
}

/** How a column draws its cells (§5.3); an unknown type is drawn as data. */
export type ColumnType = "data" | "msg" | "indicator" | "prop";

/** A list or report column with its title, hint, sort state and icons. */
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
  /**
   * Reports: `link="yes"`, the cells lead somewhere (a drill-down, §7.1). Each cell names its
   * target in its own `link` attribute, a query string such as `func=switch.port&elid=1`.
   */
  link?: boolean;
}

/** A cell: the text people read and attributes such as `orig`, the raw value. */
export interface CellModel {
  text: string;
  attrs: Readonly<Record<string, string>>;
}

/** A row (`elem`) keyed by the list's key column. */
export interface RowModel {
  /** The value of the list's key column: what `elid` carries. */
  key: string;
  cells: Record<string, CellModel>;
}

/** A per-row rule of a toolbar button (§5.2): hide disables, show enables, remove hides it. */
export interface ConditionModel {
  kind: "hide" | "show" | "remove";
  name: string;
  value: string;
}

/** A toolbar button: what it calls, how (`type`), and its words from `messages`. */
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

/** A group of toolbar buttons, drawn together. */
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

/** A `list` document (§5): what the list view draws, with paging, filter and the path to it. */
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

export type {
  AttachmentModel,
  ConditionModel as FieldConditionModel,
  EmbeddedColumn,
  FieldKind,
  FieldModel,
  FormButtonModel,
  FormModel,
  FormPageModel,
  OptionModel,
  SetValuesMode,
  TicketMessageModel,
  TreeNodeModel,
} from "./form-model";

/** `doc.ok`: success, possibly with a follow-up (a `func=...` query or a URL, §6.9). */
export interface OkModel {
  kind: "ok";
  text?: string;
  /** Keys of created objects the panel answered next to `ok` (`<id>`, `<ip>`). */
  created: Record<string, string>;
}

/**
 * How a diagram is drawn. The panel says `histogram` or `bar` for bars (§7.1); a type this
 * console cannot draw is `unsupported`, a visible placeholder rather than a wrong chart.
 */
export type DiagramType = "bar" | "line" | "pie" | "unsupported";

/** A chart of a report band (§7.1), drawn after the band's table. */
export interface DiagramModel {
  type: DiagramType;
  /** The type as the panel named it: what the placeholder of an unsupported one says. */
  declared: string;
  /** The column whose values name the bars, points or slices. */
  label: string;
  /** The columns drawn. */
  data: string[];
}

/** A table section of a report, with its diagrams and the detail bands nested in it. */
export interface BandModel {
  name: string;
  title: string;
  columns: ColumnModel[];
  /** Empty for a band without rows (an empty element): still drawn, with a note. */
  rows: RowModel[];
  diagrams: DiagramModel[];
  /** Detail bands (§7.1): drawn inside this one, a heading level lower. */
  bands: BandModel[];
}

/** A `report` document (§7.1): its toolbar, its parameter form and its bands. */
export interface ReportModel {
  kind: "report";
  func: string;
  /** The object the report is about (`elid`), which its toolbar's buttons pass on. */
  elid: string;
  title: string;
  /** `report_info`: what the report shows. */
  info?: string;
  /** `firstrun="no"`: the report is not built on opening, only once its form is submitted. */
  waitsForParams: boolean;
  /** Whether the reply carries `reportdata`; without it there are no results to show yet. */
  built: boolean;
  /** The toolbar: buttons outside any group (a report's Back, §7.1) form a group named "". */
  toolbar: ToolGroupModel[];
  /** The parameter form (period and the like); empty when the report takes none. */
  fields: FieldModel[];
  bands: BandModel[];
  messages: Messages;
}

/** A quick link of a dashboard toolbar block. */
export interface BlockLinkModel {
  name: string;
  title: string;
  /** The function the link opens. */
  func: string;
  /** `list`, `form` or `window`: how the function opens. */
  opens: "list" | "form" | "window";
}

/**
 * The kinds of dashboard block the console draws (§7.2); any other is `unsupported`, drawn as a
 * placeholder. The dashboard's renderers are keyed by it, so a new kind needs a renderer.
 */
export type BlockType = "toolbar" | "taskbar" | "list" | "report" | "url" | "unsupported";

/** A dashboard block (§7.2): quick links, a list or report shown in brief, or a page of its own. */
export interface BlockModel {
  name: string;
  title: string;
  type: BlockType;
  /** For an `unsupported` block: the type as the panel named it, which its placeholder says. */
  declared?: string;
  position: "top" | "left" | "right";
  /** The list or report shown; for `url` blocks, the address of the page (as sent). */
  func?: string;
  rows?: number;
  links: BlockLinkModel[];
  /** For list blocks: the columns to show; empty means the list's own. */
  columns: string[];
  /**
   * For `url` blocks: the address to embed, present only when it is a path of this origin or an
   * http(s) address. Any other (`javascript:`, `data:`, `//elsewhere`) is refused.
   */
  url?: string;
}

/** A `dashboard` document (§7.2). */
export interface DashboardModel {
  kind: "dashboard";
  func: string;
  title: string;
  blocks: BlockModel[];
}

/** An `ok` document opened as a page (a link or a toolbar `url` button led to an action). */
export interface OkPageModel {
  kind: "ok";
  func: string;
  ok: OkModel;
}

/** Every page kind; the page view chooses its renderer by `kind`. */
export type PageModel =
  ListModel | FormModel | ReportModel | DashboardModel | OkPageModel | UnsupportedModel;

/** A main-menu item: the function it opens and its title. */
export interface MenuItemModel {
  name: string;
  title: string;
  action: string;
  type: string;
}

/** A group of the main menu. */
export interface MenuGroupModel {
  name: string;
  title: string;
  items: MenuItemModel[];
}

/** `func=desktop` (§7.3): the menu of the caller's level and the start page. */
export interface DesktopModel {
  startpage?: string;
  groups: MenuGroupModel[];
  username?: string;
  level?: number;
}
