import { callerOf, type FuncContext, type Reply } from "../context";
import { el, leaf, messagesNode, type XNode } from "../tree";
import { allowedFields, conditionNodes, defaultMaxLength } from "./form-fields";
import type { FieldSpec, FormData, FormSpec, ThreadMessage, TreeNode } from "./form-spec";

export * from "./form-spec";
export { inactiveFields, isSubmit, mismatched, readSubmitted } from "./form-submit";

function controlNode(
  field: FieldSpec,
  values: Record<string, string>,
  extra: Record<string, string>,
  group: boolean,
): XNode {
  const { control } = field;
  const common = {
    name: field.name,
    // In a group form an empty field keeps each object's value: nothing is required.
    required: field.required && !group ? "yes" : undefined,
    readonly: field.readonly ? "yes" : undefined,
    setvalues: field.setvalues,
  };
  const ifs = conditionNodes(field);
  switch (control.kind) {
    case "input":
      return el(
        "input",
        {
          ...common,
          type: control.type ?? "text",
          check: control.check,
          checkargs: control.checkargs,
          convert: control.convert,
          date:
            control.date === "date" ? "yes" : control.date === "datetime" ? "datetime" : undefined,
          zoom: control.zoom?.toString(),
          mask: control.mask,
          multiple: control.multiple ? "yes" : undefined,
          focus: control.focus ? "yes" : undefined,
          checkpasswd: control.confirms,
          maxlength:
            control.type === "file" ? undefined : String(control.maxlength ?? defaultMaxLength),
        },
        ...ifs,
      );
    case "select":
      return el("select", { ...common, type: control.type, depend: control.depend }, ...ifs);
    case "textarea":
      return el(
        "textarea",
        {
          ...common,
          rows: String(control.rows ?? 4),
          maxlength: control.maxlength?.toString(),
        },
        ...ifs,
      );
    case "slider":
      return el(
        "slider",
        {
          ...common,
          min: String(control.min),
          max: String(control.max),
          step: String(control.step),
        },
        ...ifs,
      );
    case "textdata":
      return el("textdata", {
        name: field.name,
        type: control.type,
        warning: control.warning ? "yes" : undefined,
      });
    case "htmldata":
      return el("htmldata", { name: field.name, height: control.height?.toString() });
    case "desc":
      return el("desc", { name: field.name });
    case "list":
      return el(
        "list",
        { name: field.name, type: control.type },
        ...control.columns.map((col) => el("col", { name: col.name, type: col.type ?? "data" })),
      );
    case "tree":
      return el("tree", { ...common }, ...ifs);
    case "datetime":
      return el("datetime", { ...common }, ...ifs);
    case "link":
      return el("link", { name: field.name, url: values[field.name], ...extra });
    case "img":
      return el("img", { name: field.name, src: values[field.name], ...extra });
    case "frame":
      return el("frame", {
        name: field.name,
        src: values[field.name],
        height: control.height?.toString(),
        ...extra,
      });
    case "ticket":
      return el("ticket", { name: field.name, setvalues: field.setvalues, ...extra });
    case "captcha":
      return el("captcha", { ...common, ...extra });
  }
}

function treeNode(node: TreeNode): XNode {
  return el(
    "node",
    { key: node.key, selectable: node.selectable === false ? "no" : undefined },
    node.label,
    ...(node.children ?? []).map(treeNode),
  );
}

function threadNode(name: string, messages: ThreadMessage[]): XNode {
  return el(
    "mlist",
    { name },
    ...messages.map((message) =>
      el(
        "message",
        { id: message.id, type: message.type },
        el("user", {}, leaf("realname", message.author)),
        leaf("date_post", message.date),
        leaf("body", message.text),
        ...message.files.map((file) =>
          el(
            "file",
            {},
            leaf("name", file.name),
            leaf("param", file.id),
            leaf("size", String(file.size)),
          ),
        ),
      ),
    ),
  );
}

/** The fields' values, with a multiple select's keys as repeated elements (§6.3). */
function valueNodes(fields: FieldSpec[], values: Record<string, string>): XNode[] {
  const byName = new Map(fields.map((field) => [field.name, field]));
  return Object.entries(values).flatMap(([name, value]) => {
    const field = byName.get(name);
    if (!field) return [];
    const { control } = field;
    if (control.kind === "select" && control.type === "multiple") {
      const keys = value.split(/,\s*/).filter((key) => key !== "");
      return keys.length === 0 ? [leaf(name, "")] : keys.map((key) => leaf(name, key));
    }
    return [leaf(name, value)];
  });
}

/** Whether the user collapsed (true) or opened (false) a page of a form (`func=collapse`). */
export function collapsedByUser(ctx: FuncContext, form: string, page: string): boolean | undefined {
  const user = callerOf(ctx).user.name;
  return ctx.state.collapsed[user]?.[`${form}/${page}`];
}

/**
 * The `<form>` of a form's or a report's metadata (§6.2, §7.1): its pages with the fields the
 * caller may see, and its buttons unless `withButtons` is false (a report's parameter form).
 */
export function formElement(
  ctx: FuncContext,
  spec: FormSpec,
  data: Omit<FormData, "values"> & { values: Record<string, string> },
  withButtons = true,
): XNode {
  const allowed = new Set(allowedFields(ctx, spec, data).map((field) => field.name));
  const pages = spec.pages
    .map((page) => ({ ...page, fields: page.fields.filter((field) => allowed.has(field.name)) }))
    .filter((page) => page.fields.length > 0);
  const buttons = spec.buttons ?? [
    { name: "ok", type: "ok" },
    { name: "cancel", type: "cancel" },
  ];
  return el(
    "form",
    {},
    ...pages.map((page) =>
      el(
        "page",
        {
          name: page.name,
          collapsed:
            (collapsedByUser(ctx, spec.name, page.name) ?? page.collapsed) ? "yes" : undefined,
        },
        ...page.fields.map((field) =>
          el(
            "field",
            {
              name: field.name,
              noname: field.noname ? "yes" : undefined,
              fullwidth: field.fullwidth ? "yes" : undefined,
              remove_if: field.removeIf,
            },
            controlNode(field, data.values, data.attrs?.[field.name] ?? {}, data.group === true),
          ),
        ),
      ),
    ),
    withButtons
      ? el(
          "buttons",
          {},
          ...buttons.map((button) =>
            el("button", {
              name: button.name,
              type: button.type,
              func: button.func,
              color: button.color,
              keepform: button.keepform ? "yes" : undefined,
              blocking: button.blocking ? "yes" : undefined,
              disabled: button.disabled ? "yes" : undefined,
            }),
          ),
        )
      : null,
  );
}

/**
 * A form's data (§6.3): `elid`/`plid`, the values of the fields the caller may see, option
 * lists, and the rows, nodes and messages of its embedded lists, trees and ticket threads.
 */
export function formDataNodes(ctx: FuncContext, spec: FormSpec, data: FormData): XNode[] {
  const fields = allowedFields(ctx, spec, data);
  const allowed = new Set(fields.map((field) => field.name));
  const slists = Object.entries(data.slists ?? {})
    .filter(([name]) => allowed.has(name))
    .map(([name, items]) =>
      el(
        "slist",
        { name },
        ...items.map((item) =>
          el(
            "val",
            { key: item.key, depend: item.depend, color: item.color, image: item.image },
            item.label,
          ),
        ),
      ),
    );
  const lists = Object.entries(data.lists ?? {})
    .filter(([name]) => allowed.has(name))
    .map(([name, rows]) =>
      el(
        "list",
        { name },
        ...rows.map((row) =>
          el("elem", {}, ...Object.entries(row).map(([col, value]) => leaf(col, value))),
        ),
      ),
    );
  const trees = Object.entries(data.trees ?? {})
    .filter(([name]) => allowed.has(name))
    .map(([name, nodes]) => el("tree", { name }, ...nodes.map(treeNode)));
  const threads = Object.entries(data.threads ?? {})
    .filter(([name]) => allowed.has(name))
    .map(([name, messages]) => threadNode(name, messages));
  return [
    data.elid !== undefined ? leaf("elid", data.elid) : null,
    data.plid !== undefined ? leaf("plid", data.plid) : null,
    ...valueNodes(fields, data.values),
    ...slists,
    ...lists,
    ...trees,
    ...threads,
  ].filter((node) => node !== null);
}

/** Answers a form function: metadata, messages, values, option lists and context (§6.2). */
export function renderForm(ctx: FuncContext, spec: FormSpec, data: FormData): Reply {
  return {
    children: [
      el("metadata", { name: spec.name, type: "form" }, formElement(ctx, spec, data)),
      messagesNode(spec.name, spec.texts[ctx.lang]),
      ...formDataNodes(ctx, spec, data),
    ],
  };
}
