import type { FuncContext, FuncDef, Reply } from "../context";
import { singleElid } from "../documents/actions";
import { isSubmit, readSubmitted, renderForm, type FormSpec } from "../documents/form";
import { MgrFault } from "../errors";
import type { Texts } from "../i18n";
import type { Server } from "../state";
import { el } from "../tree";
import { connections, parentServer, type Connection } from "./server-children";

const texts: Texts = {
  en: {
    title: "Connection",
    main: "Connection",
    type: "Type",
    device: "Device",
    port: "Port",
    hint_port: "The port's name on the device; it must be free",
    ip: "IPMI address",
    port_taken: "Port __value__ is connected to another server",
    msg_ok: "Save",
    msg_cancel: "Cancel",
  },
  ru: {
    title: "Подключение",
    main: "Подключение",
    type: "Тип",
    device: "Устройство",
    port: "Порт",
    hint_port: "Имя порта на устройстве; порт должен быть свободен",
    ip: "Адрес IPMI",
    port_taken: "Порт __value__ подключён к другому серверу",
    msg_ok: "Сохранить",
    msg_cancel: "Отмена",
  },
};

/**
 * One form for both kinds, the fields of the other kind removed: billing modules read `port`
 * of a switch connection and `ip` of the IPMI one (evidence/whmcs-dcimanager.md).
 */
function spec(connection: Connection): FormSpec {
  const ipmi = connection.type === "IPMI";
  return {
    name: "server.connection.edit",
    texts,
    pages: [
      {
        name: "main",
        fields: [
          { name: "type", control: { kind: "textdata", type: "data" } },
          ...(ipmi
            ? [
                {
                  name: "ip",
                  control: { kind: "input" as const, check: "ip" },
                  required: true,
                },
              ]
            : [
                { name: "device", control: { kind: "textdata" as const, type: "data" as const } },
                {
                  name: "port",
                  control: { kind: "input" as const, maxlength: 64 },
                  required: true,
                },
              ]),
        ],
      },
    ],
  };
}

function move(ctx: FuncContext, server: Server, connection: Connection, name: string): void {
  const current = ctx.state.ports.find((port) => String(port.id) === connection.id);
  if (!current || current.name === name) return;
  const target = ctx.state.ports.find(
    (port) => port.deviceId === current.deviceId && port.name === name,
  );
  if (!target) throw new MgrFault("value", "port", name.slice(0, 64));
  if (target.serverId !== 0 && target.serverId !== server.id)
    throw new MgrFault(
      "value",
      "port",
      name,
      undefined,
      (texts[ctx.lang].port_taken ?? "").replace("__value__", name),
    );
  current.serverId = 0;
  target.serverId = server.id;
}

function save(ctx: FuncContext, server: Server, connection: Connection): Reply {
  const values = readSubmitted(ctx, spec(connection), { isNew: false, partial: true });
  if (connection.type === "IPMI") {
    if (values.ip) server.ipmiIp = values.ip;
  } else if (values.port) move(ctx, server, connection, values.port);
  return { children: [el("ok")], changed: true };
}

export const serverConnectionEdit: FuncDef = {
  name: "server.connection.edit",
  minLevel: 29,
  summary:
    "A server's connection (plid=server, elid=connection): the port of a switch or PDU, the IPMI address",
  handle(ctx) {
    const server = parentServer(ctx, "plid");
    const id = singleElid(ctx);
    const connection = connections(ctx, server).find((candidate) => candidate.id === id);
    if (!connection) throw new MgrFault("missed", "connection", id.slice(0, 100));
    if (isSubmit(ctx)) return save(ctx, server, connection);
    return renderForm(ctx, spec(connection), {
      values: {
        type: connection.type,
        device: connection.device,
        ...(connection.type === "IPMI" ? { ip: connection.port } : { port: connection.port }),
      },
      elid: connection.id,
      plid: String(server.id),
      isNew: false,
    });
  },
};
