import type { FuncContext, FuncDef } from "../context";
import { groupAction, ok, singleElid } from "../documents/actions";
import { renderList, type ListSpec } from "../documents/list";
import { portStateCells, portStateColumn, portSwitchGroup } from "../documents/ports";
import { MgrFault } from "../errors";
import type { Texts } from "../i18n";
import type { Device, Port, Rack } from "../state";

function deviceTexts(kind: "switch" | "pdu"): Texts {
  const en =
    kind === "switch"
      ? {
          title: "Switches",
          ports: "Ports",
          short_ports: "Ports",
          hint_ports: "The switch's ports",
        }
      : {
          title: "PDUs",
          ports: "Outlets",
          short_ports: "Outlets",
          hint_ports: "The PDU's outlets",
        };
  const ru =
    kind === "switch"
      ? {
          title: "Коммутаторы",
          ports: "Порты",
          short_ports: "Порты",
          hint_ports: "Порты коммутатора",
        }
      : { title: "PDU", ports: "Розетки", short_ports: "Розетки", hint_ports: "Розетки PDU" };
  return {
    en: { ...en, name: "Name", ip: "IP address", handler: "Device type", rack: "Rack" },
    ru: { ...ru, name: "Имя", ip: "IP-адрес", handler: "Тип устройства", rack: "Стойка" },
  };
}

function deviceList(kind: "switch" | "pdu"): FuncDef {
  const spec: ListSpec<Device> = {
    name: kind,
    key: "id",
    keyname: "name",
    texts: deviceTexts(kind),
    columns: [
      { name: "name", sort: "alpha" },
      { name: "ip", sort: "alpha" },
      { name: "handler", sort: "alpha" },
      { name: "rack", sort: "alpha" },
      { name: "ports", sort: "digit", align: "right" },
    ],
    toolbar: [
      {
        name: "more",
        buttons: [
          { name: "ports", func: `${kind}.port`, type: "editlist", img: "t-port", isDefault: true },
        ],
      },
    ],
    // A PDU row carries its rack's id: joaograca/node-dcimanager:lib/dcimanager.js:181 picks a
    // rack's PDUs by `elem[].rack_id.$ == <rack id.$>` (dcimanager.md §3.6, rows `id`, `rack_id`).
    hiddenFields: kind === "pdu" ? ["rack_id"] : [],
    rows: (ctx) => ctx.state.devices.filter((device) => device.kind === kind),
    cells: (device, ctx) => ({
      id: String(device.id),
      name: device.name,
      ip: device.ip,
      handler: device.handler,
      rack: device.rack,
      rack_id:
        kind === "pdu"
          ? String(ctx.state.racks.find((rack) => rack.name === device.rack)?.id ?? "")
          : undefined,
      ports: String(ctx.state.ports.filter((port) => port.deviceId === device.id).length),
    }),
  };
  return {
    name: kind,
    minLevel: 29,
    summary: kind === "switch" ? "Switches" : "PDUs (power distribution units)",
    handle: (ctx) => renderList(ctx, spec),
  };
}

function parentDevice(ctx: FuncContext, kind: "switch" | "pdu", param: "elid" | "plid"): Device {
  const id = ctx.params[param] ?? "";
  if (id === "") throw new MgrFault("missed", param, "");
  const device = ctx.state.devices.find(
    (candidate) => candidate.kind === kind && String(candidate.id) === id,
  );
  if (!device) throw new MgrFault("missed", kind, id.slice(0, 100));
  return device;
}

function portTexts(kind: "switch" | "pdu"): Texts {
  const what = {
    en: kind === "switch" ? "port" : "outlet",
    ru: kind === "switch" ? "порт" : "розетку",
  };
  return {
    en: {
      title: kind === "switch" ? "Switch ports" : "PDU outlets",
      name: kind === "switch" ? "Port" : "Outlet",
      serverhname: "Server",
      state: "State",
      short_on: "Turn on",
      hint_on: `Turn the ${what.en} on`,
      msg_confirm_on: `Turn on ${what.en}s`,
      short_off: "Turn off",
      hint_off: `Turn the ${what.en} off`,
      msg_confirm_off: `Turn off ${what.en}s`,
      short_back: "Back",
      hint_p_port_on: "On",
      hint_p_port_off: "Off",
    },
    ru: {
      title: kind === "switch" ? "Порты коммутатора" : "Розетки PDU",
      name: kind === "switch" ? "Порт" : "Розетка",
      serverhname: "Сервер",
      state: "Состояние",
      short_on: "Включить",
      hint_on: `Включить ${what.ru}`,
      msg_confirm_on: "Включить",
      short_off: "Выключить",
      hint_off: `Выключить ${what.ru}`,
      msg_confirm_off: "Выключить",
      short_back: "Назад",
      hint_p_port_on: "Включён",
      hint_p_port_off: "Выключен",
    },
  };
}

/**
 * A switch port's `identity`: what names it to the panel's port poller without the switch, so
 * it is unique across switches. Its real format is not public (node-dcimanager only passes it
 * back); here `<switch id>:<port number on the switch>` (emulator README, "fields API
 * clients read").
 */
function portIdentity(ctx: FuncContext, port: Port): string {
  const siblings = ctx.state.ports.filter((candidate) => candidate.deviceId === port.deviceId);
  return `${port.deviceId}:${siblings.indexOf(port) + 1}`;
}

function portFunctions(kind: "switch" | "pdu"): FuncDef[] {
  const listName = `${kind}.port`;
  // DCImanager names them switch.port.on/off and pdu.on/off (dcimanager.md §3.5, §3.6).
  const onFunc = kind === "switch" ? "switch.port.on" : "pdu.on";
  const offFunc = kind === "switch" ? "switch.port.off" : "pdu.off";
  const spec: ListSpec<Port> = {
    name: listName,
    key: "id",
    keyname: "name",
    texts: portTexts(kind),
    // What node-dcimanager reads besides `id` and `serverhname`: a PDU outlet's `power`, `0` or
    // `1` (lib/pduport.js:54-62; absent also means off), a switch port's `identity`, which it
    // sends alone as `elid` of switch.port.refresh (lib/switchport.js:14-34, lib/switchport.js:16).
    hiddenFields: ["port_state", kind === "pdu" ? "power" : "identity"],
    columns: [
      { name: "name", sort: "alpha" },
      { name: "serverhname", sort: "alpha" },
      portStateColumn,
    ],
    toolbar: [
      portSwitchGroup(onFunc, offFunc),
      { name: "nav", buttons: [{ name: "back", func: kind, type: "back", img: "t-back" }] },
    ],
    rows: (ctx) => {
      const device = parentDevice(ctx, kind, "elid");
      return ctx.state.ports.filter((port) => port.deviceId === device.id);
    },
    cells: (port, ctx) => ({
      id: String(port.id),
      name: port.name,
      serverhname: ctx.state.servers.find((server) => server.id === port.serverId)?.hostname ?? "",
      ...portStateCells(port.on),
      power: kind === "pdu" ? (port.on ? "1" : "0") : undefined,
      identity: kind === "switch" ? portIdentity(ctx, port) : undefined,
    }),
    parent: (ctx) => {
      const device = parentDevice(ctx, kind, "elid");
      const title = deviceTexts(kind)[ctx.lang].title ?? kind;
      return {
        plid: String(device.id),
        crumbs: [
          { func: kind, name: title },
          { func: listName, name: device.name, params: { elid: String(device.id) } },
        ],
      };
    },
  };
  const action = (name: string, on: boolean): FuncDef => ({
    name,
    minLevel: 29,
    summary: `Turn ${kind === "switch" ? "switch ports" : "PDU outlets"} ${on ? "on" : "off"} (elid=port ids)`,
    handle: (ctx) =>
      groupAction<Port>(
        ctx,
        "port",
        (id) =>
          ctx.state.ports.find(
            (port) =>
              String(port.id) === id &&
              ctx.state.devices.some(
                (device) => device.id === port.deviceId && device.kind === kind,
              ),
          ),
        (port) => {
          port.on = on;
        },
      ),
  });
  return [
    {
      name: listName,
      minLevel: 29,
      summary: `The ${kind === "switch" ? "ports of a switch" : "outlets of a PDU"} (elid=${kind})`,
      handle: (ctx) => renderList(ctx, spec),
    },
    action(onFunc, true),
    action(offFunc, false),
    ...(kind === "switch" ? [portRefresh] : []),
  ];
}

/**
 * `switch.port.refresh elid=<identity or id>`: asks the switch for the port's state again
 * (node-dcimanager lib/switchport.js:14-34 sends the row's `identity` and passes the reply on).
 * The emulator's switches never change by themselves, so it finds the port and answers ok.
 */
const portRefresh: FuncDef = {
  name: "switch.port.refresh",
  minLevel: 29,
  summary: "Read a switch port's state from the switch again (elid=identity or port id)",
  handle(ctx) {
    const elid = singleElid(ctx);
    const port = ctx.state.ports.find(
      (candidate) =>
        ctx.state.devices.some(
          (device) => device.id === candidate.deviceId && device.kind === "switch",
        ) &&
        (String(candidate.id) === elid || portIdentity(ctx, candidate) === elid),
    );
    if (!port) throw new MgrFault("missed", "port", elid.slice(0, 100));
    return ok(undefined, false);
  },
};

const rackSpec: ListSpec<Rack> = {
  name: "rack",
  key: "id",
  keyname: "name",
  texts: {
    en: {
      title: "Racks",
      name: "Name",
      location: "Location",
      units: "Units",
      servers: "Servers",
      owner: "Rented by",
    },
    ru: {
      title: "Стойки",
      name: "Имя",
      location: "Площадка",
      units: "Юнитов",
      servers: "Серверов",
      owner: "Арендатор",
    },
  },
  columns: [
    { name: "name", sort: "alpha" },
    { name: "location", sort: "alpha" },
    { name: "units", sort: "digit", align: "right" },
    { name: "servers", sort: "digit", align: "right" },
    { name: "owner", sort: "alpha" },
  ],
  toolbar: [],
  rows: (ctx) => ctx.state.racks,
  cells: (rack, ctx) => ({
    id: String(rack.id),
    name: rack.name,
    location: rack.location,
    units: String(rack.units),
    servers: String(ctx.state.servers.filter((server) => server.rack === rack.name).length),
    owner: rack.owner,
  }),
};

export const equipmentFunctions: FuncDef[] = [
  deviceList("switch"),
  ...portFunctions("switch"),
  deviceList("pdu"),
  ...portFunctions("pdu"),
  { name: "rack", minLevel: 29, summary: "Racks", handle: (ctx) => renderList(ctx, rackSpec) },
];
