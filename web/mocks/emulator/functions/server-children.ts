import type { FuncContext, FuncDef } from "../context";
import { groupAction } from "../documents/actions";
import { renderList, type Crumb, type ListSpec } from "../documents/list";
import { portStateCells, portStateColumn, portSwitchGroup } from "../documents/ports";
import { MgrFault } from "../errors";
import type { Texts } from "../i18n";
import type { Port, Server } from "../state";
import { el } from "../tree";
import { findServer } from "./server-actions";
import { serverTexts } from "./server-texts";

/** The server a sub-list belongs to (`elid` of the list, `plid` of its actions). */
export function parentServer(ctx: FuncContext, param: "elid" | "plid"): Server {
  const id = ctx.params[param] ?? "";
  if (id === "") throw new MgrFault("missed", param, "");
  const server = findServer(ctx, id);
  if (!server) throw new MgrFault("missed", "server", id.slice(0, 100));
  return server;
}

export function serverCrumbs(ctx: FuncContext, server: Server, func: string): Crumb[] {
  return [
    { func: "server", name: serverTexts[ctx.lang].title ?? "Servers" },
    { func, name: server.name, params: { elid: String(server.id) } },
  ];
}

export interface Connection {
  id: string;
  type: "Switch" | "PDU" | "IPMI";
  device: string;
  port: string;
  on?: boolean;
}

const connectionTexts: Texts = {
  en: {
    title: "Connections",
    type: "Type",
    device: "Device",
    port: "Port or address",
    state: "State",
    toolgrp_port: "Port",
    short_on: "Turn on",
    hint_on: "Turn the port or outlet on",
    msg_confirm_on: "Turn on",
    short_off: "Turn off",
    hint_off: "Turn the port or outlet off",
    msg_confirm_off: "Turn off",
    short_edit: "Edit",
    hint_edit: "Change the port or the IPMI address",
    short_back: "Back",
    hint_p_port_on: "On",
    hint_p_port_off: "Off",
  },
  ru: {
    title: "Подключения",
    type: "Тип",
    device: "Устройство",
    port: "Порт или адрес",
    state: "Состояние",
    toolgrp_port: "Порт",
    short_on: "Включить",
    hint_on: "Включить порт или розетку",
    msg_confirm_on: "Включить",
    short_off: "Выключить",
    hint_off: "Выключить порт или розетку",
    msg_confirm_off: "Выключить",
    short_edit: "Изменить",
    hint_edit: "Изменить порт или адрес IPMI",
    short_back: "Назад",
    hint_p_port_on: "Включён",
    hint_p_port_off: "Выключен",
  },
};

/** A server's switch ports, PDU outlets and IPMI, as its connection list shows them. */
export function connections(ctx: FuncContext, server: Server): Connection[] {
  const rows: Connection[] = ctx.state.ports
    .filter((port) => port.serverId === server.id)
    .flatMap((port) => {
      const device = ctx.state.devices.find((candidate) => candidate.id === port.deviceId);
      if (!device) return [];
      return [
        {
          id: String(port.id),
          type: device.kind === "switch" ? "Switch" : "PDU",
          device: device.name,
          port: port.name,
          on: port.on,
        },
      ];
    });
  if (server.ipmiIp !== "")
    rows.push({ id: "ipmi", type: "IPMI", device: "IPMI", port: server.ipmiIp });
  return rows;
}

const connectionSpec: ListSpec<Connection> = {
  name: "server.connection",
  key: "id",
  keyname: "port",
  texts: connectionTexts,
  hiddenFields: ["switchable", "port_state"],
  columns: [
    { name: "type", sort: "alpha" },
    { name: "device", sort: "alpha" },
    { name: "port", sort: "alpha" },
    portStateColumn,
  ],
  toolbar: [
    {
      name: "edit",
      buttons: [
        {
          name: "edit",
          func: "server.connection.edit",
          type: "edit",
          img: "t-edit",
          isDefault: true,
          noGroupEdit: true,
        },
      ],
    },
    portSwitchGroup("server.connection.on", "server.connection.off", [
      { kind: "remove", name: "switchable", value: "no" },
    ]),
    { name: "nav", buttons: [{ name: "back", func: "server", type: "back", img: "t-back" }] },
  ],
  rows: (ctx) => connections(ctx, parentServer(ctx, "elid")),
  cells: (row) => ({
    id: row.id,
    type: row.type,
    device: row.device,
    port: row.port,
    ...portStateCells(row.on),
    switchable: row.on === undefined ? "no" : "yes",
  }),
  parent: (ctx) => {
    const server = parentServer(ctx, "elid");
    return { plid: String(server.id), crumbs: serverCrumbs(ctx, server, "server.connection") };
  },
};

function portAction(name: string, on: boolean): FuncDef {
  return {
    name,
    minLevel: 29,
    summary: `Turn the server's switch ports or PDU outlets ${on ? "on" : "off"} (plid=server, elid=connection ids)`,
    handle(ctx) {
      const server = parentServer(ctx, "plid");
      return groupAction<Port>(
        ctx,
        "connection",
        (id) =>
          ctx.state.ports.find((port) => String(port.id) === id && port.serverId === server.id),
        (port) => {
          port.on = on;
        },
      );
    },
  };
}

export const serverConnection: FuncDef[] = [
  {
    name: "server.connection",
    minLevel: 29,
    summary: "A server's switch ports, PDU outlets and IPMI (elid=server)",
    handle: (ctx) => renderList(ctx, connectionSpec),
  },
  portAction("server.connection.on", true),
  portAction("server.connection.off", false),
  {
    name: "ipmiredirect",
    summary: "The IPMI console of a server (elid=server): an ok carrying the URL to open",
    handle(ctx) {
      const server = parentServer(ctx, "elid");
      if (server.ipmiIp === "") throw new MgrFault("missed", "ipmi", server.name);
      return { children: [el("ok", {}, `https://${server.ipmiIp}/`)] };
    },
  },
];
