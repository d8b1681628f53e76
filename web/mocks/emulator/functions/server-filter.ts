import { callerOf, type FuncContext, type FuncDef } from "../context";
import {
  isSubmit,
  readSubmitted,
  renderForm,
  type FormSpec,
  type SlistItem,
} from "../documents/form";
import { ok } from "../documents/actions";
import type { Texts } from "../i18n";
import type { Server } from "../state";

const texts: Texts = {
  en: {
    title: "Server filter",
    main: "Show servers",
    name: "Name contains",
    hostname: "Domain name contains",
    ip: "IP address contains",
    owner: "Owner",
    rack: "Rack",
    status: "State",
    any: "Any",
    no_owner: "No owner (free)",
    status_poweron: "Powered on",
    status_poweroff: "Powered off",
    status_problem: "Has a problem",
    status_busy: "Operation running",
    msg_ok: "Apply",
    msg_cancel: "Cancel",
  },
  ru: {
    title: "Фильтр серверов",
    main: "Показать серверы",
    name: "Имя содержит",
    hostname: "Доменное имя содержит",
    ip: "IP-адрес содержит",
    owner: "Владелец",
    rack: "Стойка",
    status: "Состояние",
    any: "Любой",
    no_owner: "Без владельца (свободные)",
    status_poweron: "Включены",
    status_poweroff: "Выключены",
    status_problem: "С проблемой",
    status_busy: "Выполняется операция",
    msg_ok: "Применить",
    msg_cancel: "Отмена",
  },
};

const spec: FormSpec = {
  name: "server.filter",
  texts,
  pages: [
    {
      name: "main",
      fields: [
        { name: "name", control: { kind: "input", maxlength: 100 } },
        { name: "hostname", control: { kind: "input", maxlength: 100 } },
        { name: "ip", control: { kind: "input", maxlength: 100 } },
        { name: "owner", control: { kind: "select" }, minLevel: 29 },
        { name: "rack", control: { kind: "select" }, minLevel: 29 },
        { name: "status", control: { kind: "select" } },
      ],
    },
  ],
};

function slists(ctx: FuncContext): Record<string, SlistItem[]> {
  const t = texts[ctx.lang];
  const any = { key: "", label: t.any ?? "" };
  return {
    owner: [
      any,
      { key: "no_owner", label: t.no_owner ?? "" },
      ...ctx.state.users
        .filter((user) => user.level < 29)
        .map((user) => ({ key: user.name, label: user.name })),
    ],
    rack: [any, ...ctx.state.racks.map((rack) => ({ key: rack.name, label: rack.name }))],
    status: [
      any,
      ...["poweron", "poweroff", "problem", "busy"].map((key) => ({
        key,
        label: t[`status_${key}`] ?? key,
      })),
    ],
  };
}

/** A server that needs a look: the filter's "Has a problem" and the notify badge count the same. */
export const problem = (server: Server) =>
  server.hwproblem || server.operationFailed || server.power === "error" || server.blocked;

export function applyServerFilter(rows: Server[], filter: Record<string, string>): Server[] {
  const contains = (value: string, part: string | undefined) =>
    !part || value.toLowerCase().includes(part.toLowerCase());
  return rows.filter((server) => {
    if (
      !contains(server.name, filter.name) ||
      !contains(server.hostname, filter.hostname) ||
      !contains(server.ip, filter.ip)
    )
      return false;
    if (
      filter.owner &&
      (filter.owner === "no_owner" ? server.owner !== "" : server.owner !== filter.owner)
    )
      return false;
    if (filter.rack && server.rack !== filter.rack) return false;
    switch (filter.status) {
      case "poweron":
        return server.power === "on";
      case "poweroff":
        return server.power === "off";
      case "problem":
        return problem(server);
      case "busy":
        return server.operation !== undefined;
      default:
        return true;
    }
  });
}

/** The `p_filter` lines: what the active filter shows, in the caller's language. */
export function describeServerFilter(filter: Record<string, string>, ctx: FuncContext): string[] {
  const t = texts[ctx.lang];
  const lists = slists(ctx);
  return Object.entries(filter)
    .filter(([, value]) => value !== "")
    .map(([name, value]) => {
      const label = lists[name]?.find((item) => item.key === value)?.label ?? value;
      return `${t[name] ?? name}: ${label}`;
    });
}

export const serverFilter: FuncDef = {
  name: "server.filter",
  summary: "The server list's filter form; sok=ok applies it, drop=on clears it",
  handle(ctx) {
    const { session } = callerOf(ctx);
    const lists = session?.lists ?? {};
    const saved = lists.server ?? {};
    if (ctx.params.drop === "on") {
      lists.server = { ...saved, filter: undefined };
      return ok(undefined, false);
    }
    if (isSubmit(ctx)) {
      const values = readSubmitted(ctx, spec, { isNew: false, slists: slists(ctx) });
      const filter = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ""));
      lists.server = { ...saved, filter: Object.keys(filter).length > 0 ? filter : undefined };
      return ok(undefined, false);
    }
    return renderForm(ctx, spec, { values: saved.filter ?? {}, slists: slists(ctx), isNew: false });
  },
};
