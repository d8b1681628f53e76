import type { FuncContext, FuncDef } from "../context";
import { groupAction } from "../documents/actions";
import { MgrFault } from "../errors";
import type { Server } from "../state";
import { visibleServers } from "./server-list";

const refusals = {
  en: {
    busy: "An operation is running on server '__value__'; cancel it first",
    disabled: "Server '__value__' is disabled",
    off: "Server '__value__' is powered off",
    idle: "No operation is running on server '__value__'",
  },
  ru: {
    busy: "На сервере '__value__' выполняется операция; сначала отмените её",
    disabled: "Сервер '__value__' приостановлен",
    off: "Сервер '__value__' выключен",
    idle: "На сервере '__value__' не выполняется операций",
  },
};

/** A refusal about one server, named so an operator knows which of the selected ones failed. */
export function refuse(
  ctx: FuncContext,
  reason: keyof (typeof refusals)["en"],
  server: Server,
): never {
  throw new MgrFault(
    "value",
    "elid",
    server.name,
    undefined,
    refusals[ctx.lang][reason].replace("__value__", server.name),
  );
}

/** A server the caller may act on: a customer's own, any for an operator; else `missed`. */
export function findServer(ctx: FuncContext, id: string): Server | undefined {
  return visibleServers(ctx).find((server) => String(server.id) === id);
}

interface ServerAction {
  name: string;
  summary: string;
  minLevel?: number;
  check?: (ctx: FuncContext, server: Server) => void;
  apply: (ctx: FuncContext, server: Server) => void;
}

function define({ name, summary, minLevel, check, apply }: ServerAction): FuncDef {
  return {
    name,
    summary,
    minLevel,
    handle: (ctx) =>
      groupAction(
        ctx,
        "server",
        (id) => findServer(ctx, id),
        (server) => {
          apply(ctx, server);
        },
        check &&
          ((server) => {
            check(ctx, server);
          }),
      ),
  };
}

const notDisabled = (ctx: FuncContext, server: Server) => {
  if (server.disabled) refuse(ctx, "disabled", server);
};

export const serverActions: FuncDef[] = [
  define({
    name: "server.poweron",
    summary: "Power the servers on (elid=ids)",
    check: notDisabled,
    apply: (_ctx, server) => {
      server.power = "on";
    },
  }),
  define({
    name: "server.poweroff",
    summary: "Power the servers off (elid=ids)",
    check: notDisabled,
    apply: (_ctx, server) => {
      server.power = "off";
    },
  }),
  define({
    name: "server.reboot",
    summary: "Reboot the servers (elid=ids)",
    check: (ctx, server) => {
      notDisabled(ctx, server);
      if (server.power === "off") refuse(ctx, "off", server);
    },
    apply: (_ctx, server) => {
      server.power = "on";
    },
  }),
  define({
    name: "server.enable",
    summary: "Enable (unsuspend) the servers (elid=ids)",
    minLevel: 29,
    apply: (_ctx, server) => {
      server.disabled = false;
    },
  }),
  define({
    name: "server.disable",
    summary: "Disable (suspend) the servers (elid=ids)",
    minLevel: 29,
    apply: (_ctx, server) => {
      server.disabled = true;
    },
  }),
  define({
    name: "server.opercancel",
    summary: "Cancel the running operation (elid=ids)",
    check: (ctx, server) => {
      if (!server.operation) refuse(ctx, "idle", server);
    },
    apply: (_ctx, server) => {
      // An interrupted install leaves no working system behind.
      server.operationFailed = server.operation?.kind === "install";
      server.operation = undefined;
    },
  }),
  define({
    name: "server.delete",
    summary: "Delete the servers (elid=ids); their addresses and connections go with them",
    minLevel: 29,
    check: (ctx, server) => {
      if (server.operation) refuse(ctx, "busy", server);
    },
    apply: (ctx, server) => {
      const { state } = ctx;
      state.servers = state.servers.filter((candidate) => candidate.id !== server.id);
      state.ips = state.ips.filter((ip) => ip.serverId !== server.id);
      for (const port of state.ports) if (port.serverId === server.id) port.serverId = 0;
    },
  }),
];
