import { callerOf, type FuncContext, type FuncDef } from "../context";
import { MgrFault } from "../errors";
import { renderList, type Cell, type ListSpec } from "../documents/list";
import { applyServerFilter, describeServerFilter } from "./server-filter";
import { serverTexts as texts } from "./server-texts";
import { operationPercent, operationText } from "../operations";
import type { Server } from "../state";
import { el } from "../tree";

export function visibleServers(ctx: FuncContext): Server[] {
  const { user } = callerOf(ctx);
  return user.level >= 29
    ? ctx.state.servers
    : ctx.state.servers.filter((server) => server.owner === user.name);
}

/** The description of a server type ("" for none); a loop, no closure per row. */
function chassisDescription(ctx: FuncContext, chassis: string): string {
  for (const templ of ctx.state.chassisTemplates)
    if (templ.name === chassis) return templ.description;
  return "";
}

function cells(server: Server, ctx: FuncContext): Record<string, Cell | undefined> {
  const percent = operationPercent(server, ctx.now);
  const busy = server.operation !== undefined;
  return {
    id: String(server.id),
    name: server.name,
    hostname: server.hostname,
    ip: server.ip,
    owner: server.owner,
    chassis_templ: server.chassis,
    // The server type's description, read by a Python JSONdata script next to `chassis_templ`
    // (evidence/python-dcim-jsondata.md, lines 37-45; dcimanager.md §3.1). Operators only, as the
    // type column is.
    gen_chassis_name:
      callerOf(ctx).user.level >= 29 ? chassisDescription(ctx, server.chassis) : undefined,
    rack: server.rack,
    ipmi: server.ipmiIp === "" ? undefined : `IPMI S${server.id}`,
    poweron: server.power === "on" ? "" : undefined,
    poweroff: server.power === "off" ? "" : undefined,
    powererror: server.power === "error" ? "" : undefined,
    disabled: server.disabled ? "" : undefined,
    blocked: server.blocked ? "" : undefined,
    hwproblem: server.hwproblem ? "" : undefined,
    diag_in_progress: busy && server.operation?.kind === "diag" ? `${percent ?? 0}%` : undefined,
    install_in_progress: busy && server.operation?.kind !== "diag" ? `${percent ?? 0}%` : undefined,
    operation_failed: server.operationFailed ? "" : undefined,
    // Hidden fields the toolbar's hide/show rules read.
    power_state: server.power,
    active: server.disabled ? "off" : "on",
    busy: busy ? "yes" : "no",
    has_ipmi: server.ipmiIp === "" ? "no" : "yes",
  };
}

/**
 * One cell, `cells(server, ctx)[name]`, without building the others: what sorting 100,000
 * servers reads (the columns that sort and the status props).
 */
function cell(server: Server, name: string, ctx: FuncContext): Cell | undefined {
  // No closures here: per call they cost more than the rest (esbuild names each one).
  let on: boolean;
  switch (name) {
    case "name":
    case "hostname":
    case "ip":
    case "owner":
    case "rack":
      return server[name];
    case "chassis_templ":
      return server.chassis;
    case "poweron":
    case "poweroff":
    case "powererror":
      on = server.power === name.slice(5);
      break;
    case "disabled":
    case "blocked":
    case "hwproblem":
      on = server[name];
      break;
    case "operation_failed":
      on = server.operationFailed;
      break;
    case "diag_in_progress":
    case "install_in_progress":
      return server.operation !== undefined &&
        (server.operation.kind === "diag") === (name === "diag_in_progress")
        ? `${operationPercent(server, ctx.now) ?? 0}%`
        : undefined;
    default:
      return cells(server, ctx)[name];
  }
  return on ? "" : undefined;
}

const statusProps = [
  { name: "poweron", img: "p-on" },
  { name: "poweroff", img: "p-off" },
  { name: "powererror", img: "p-error" },
  { name: "disabled", img: "p-disabled" },
  { name: "blocked", img: "p-blocked" },
  { name: "hwproblem", img: "p-hwproblem" },
  { name: "diag_in_progress", img: "p-diag" },
  { name: "install_in_progress", img: "p-install" },
  { name: "operation_failed", img: "p-failed" },
];

export const serverListSpec: ListSpec<Server> = {
  name: "server",
  key: "id",
  keyname: "name",
  texts,
  hiddenFields: ["ipmi", "power_state", "active", "busy", "has_ipmi", "gen_chassis_name"],
  columns: [
    { name: "name", sort: "alpha" },
    { name: "hostname", sort: "alpha" },
    { name: "ip", sort: "alpha" },
    { name: "owner", sort: "alpha", minLevel: 29 },
    { name: "chassis_templ", sort: "alpha", minLevel: 29 },
    { name: "rack", sort: "alpha", minLevel: 29 },
    { name: "status", type: "prop", sort: "prop", props: statusProps },
  ],
  toolbar: [
    {
      name: "edit",
      buttons: [
        { name: "new", func: "server.edit", type: "new", img: "t-new", minLevel: 29 },
        // The three-step wizard: placement, network, operating system.
        { name: "add", func: "server.add", type: "new", img: "t-wizard", minLevel: 29 },
        // Several selected servers open one form for their owner, rack and notes.
        {
          name: "edit",
          func: "server.edit",
          type: "edit",
          img: "t-edit",
          isDefault: true,
          minLevel: 29,
        },
        {
          name: "delete",
          func: "server.delete",
          type: "group",
          img: "t-delete",
          minLevel: 29,
          conditions: [{ kind: "hide", name: "busy", value: "yes" }],
        },
      ],
    },
    {
      name: "power",
      buttons: [
        {
          name: "poweron",
          func: "server.poweron",
          type: "group",
          img: "t-on",
          conditions: [
            { kind: "hide", name: "power_state", value: "on" },
            { kind: "hide", name: "active", value: "off" },
          ],
        },
        {
          name: "poweroff",
          func: "server.poweroff",
          type: "group",
          img: "t-off",
          conditions: [
            { kind: "hide", name: "power_state", value: "off" },
            { kind: "hide", name: "active", value: "off" },
          ],
        },
        {
          name: "reboot",
          func: "server.reboot",
          type: "group",
          img: "t-reboot",
          conditions: [
            { kind: "hide", name: "power_state", value: "off" },
            { kind: "hide", name: "active", value: "off" },
          ],
        },
      ],
    },
    {
      name: "state",
      buttons: [
        {
          name: "enable",
          func: "server.enable",
          type: "group",
          img: "t-enable",
          minLevel: 29,
          conditions: [{ kind: "hide", name: "active", value: "on" }],
        },
        {
          name: "disable",
          func: "server.disable",
          type: "group",
          img: "t-disable",
          minLevel: 29,
          conditions: [{ kind: "hide", name: "active", value: "off" }],
        },
      ],
    },
    {
      name: "operations",
      buttons: [
        {
          name: "operations",
          func: "server.operations",
          type: "edit",
          img: "t-install",
          noGroupEdit: true,
          conditions: [
            { kind: "hide", name: "busy", value: "yes" },
            { kind: "hide", name: "active", value: "off" },
          ],
        },
        {
          name: "opercancel",
          func: "server.opercancel",
          type: "group",
          img: "t-cancel",
          conditions: [{ kind: "show", name: "busy", value: "yes" }],
        },
      ],
    },
    {
      name: "more",
      buttons: [
        {
          name: "connection",
          func: "server.connection",
          type: "editlist",
          img: "t-connection",
          minLevel: 29,
        },
        { name: "iplist", func: "iplist", type: "editlist", img: "t-ip" },
        {
          name: "ipmi",
          func: "ipmiredirect",
          type: "window",
          img: "t-console",
          conditions: [{ kind: "remove", name: "has_ipmi", value: "no" }],
        },
      ],
    },
    {
      name: "filter",
      buttons: [{ name: "filter", func: "server.filter", type: "editnosel", img: "t-filter" }],
    },
  ],
  rows: visibleServers,
  cells,
  cell,
  filter: { apply: applyServerFilter, describe: describeServerFilter },
  autoupdate: (rows) => (rows.some((server) => server.operation) ? 10 : undefined),
};

/** `clickstat=title&hint_field=<prop>`: the lazy hint text of a row's icon (dcimanager.md §3.1). */
function hint(ctx: FuncContext, field: string) {
  const server = visibleServers(ctx).find((candidate) => String(candidate.id) === ctx.params.elid);
  if (!server) throw new MgrFault("missed", "server", ctx.params.elid ?? "");
  const busy = field === "install_in_progress" || field === "diag_in_progress";
  return { children: [el("value", {}, busy ? operationText(server, ctx.now, ctx.lang) : "")] };
}

export const serverList: FuncDef = {
  name: "server",
  summary: "Servers: the operator sees all of them, a customer their own",
  handle: (ctx) => {
    const field = ctx.params.hint_field;
    if (ctx.params.clickstat === "title" && field) return hint(ctx, field);
    return renderList(ctx, serverListSpec);
  },
};
