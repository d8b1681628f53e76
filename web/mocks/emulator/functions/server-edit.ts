import type { FuncContext, FuncDef, Reply } from "../context";
import { ok } from "../documents/actions";
import { editTarget, groupTargets, keepOption, savedAs, sharedValues } from "../documents/edit";
import {
  isSubmit,
  readSubmitted,
  renderForm,
  type FormSpec,
  type SlistItem,
} from "../documents/form";
import { MgrFault } from "../errors";
import type { Texts } from "../i18n";
import { nextId, type Server } from "../state";
import { setHostname } from "./hostname";
import { findServer } from "./server-actions";

const texts: Texts = {
  en: {
    title: "Server",
    main: "Server",
    placement: "Placement",
    name: "Name",
    hint_name: "The label on the server",
    hostname: "Domain name",
    hint_hostname: "free.ds marks a server that is not sold",
    ip: "Main IP address",
    mac: "MAC address",
    owner: "Owner",
    no_owner: "No owner",
    disabled: "Suspended",
    hint_disabled: "Suspend and resume it with Disable and Enable in the list",
    chassis_templ: "Server type",
    rack: "Rack",
    notes: "Notes",
    selected: "Servers",
    hint_selected: "The changes apply to every one of them; an empty field is left as it is",
    msg_ok: "Save",
    msg_cancel: "Cancel",
  },
  ru: {
    title: "Сервер",
    main: "Сервер",
    placement: "Размещение",
    name: "Имя",
    hint_name: "Метка на сервере",
    hostname: "Доменное имя",
    hint_hostname: "free.ds — сервер, который не продан",
    ip: "Основной IP-адрес",
    mac: "MAC-адрес",
    owner: "Владелец",
    no_owner: "Без владельца",
    disabled: "Приостановлен",
    hint_disabled: "Приостановить и возобновить: «Приостановить» и «Включить доступ» в списке",
    chassis_templ: "Тип сервера",
    rack: "Стойка",
    notes: "Заметки",
    selected: "Серверы",
    hint_selected: "Изменения применяются к каждому из них; пустое поле не меняется",
    msg_ok: "Сохранить",
    msg_cancel: "Отмена",
  },
};

const spec: FormSpec = {
  name: "server.edit",
  texts,
  pages: [
    {
      name: "main",
      fields: [
        // Group edit (elid=a, b): only the fields that make sense for several servers.
        { name: "selected", control: { kind: "textdata", type: "data" }, groupOnly: true },
        { name: "name", control: { kind: "input", maxlength: 64 }, required: true },
        {
          name: "hostname",
          control: { kind: "input", check: "hostname", maxlength: 253 },
          required: true,
        },
        { name: "ip", control: { kind: "input", check: "ip" } },
        { name: "mac", control: { kind: "input", maxlength: 17 } },
        // Suspended (server.disable); billing modules read it before network changes.
        {
          name: "disabled",
          control: { kind: "input", type: "checkbox" },
          readonly: true,
          removeIf: "new",
        },
        { name: "owner", control: { kind: "select" }, group: true },
        {
          name: "notes",
          control: { kind: "textarea", rows: 3, maxlength: 2000 },
          group: true,
        },
      ],
    },
    {
      name: "placement",
      fields: [
        { name: "chassis_templ", control: { kind: "select" }, required: true },
        { name: "rack", control: { kind: "select" }, required: true, group: true },
      ],
    },
  ],
};

function slists(ctx: FuncContext): Record<string, SlistItem[]> {
  return {
    owner: [
      { key: "no_owner", label: texts[ctx.lang].no_owner ?? "" },
      // Keyed by user id, as billing modules send it (evidence/whmcs-dcimanager.md).
      ...ctx.state.users.map((user) => ({ key: String(user.id), label: user.name })),
    ],
    chassis_templ: ctx.state.chassisTemplates.map((type) => ({
      key: type.name,
      label: `${type.name} (${type.description})`,
    })),
    rack: ctx.state.racks.map((rack) => ({ key: rack.name, label: rack.name })),
  };
}

function ownerKey(ctx: FuncContext, name: string): string {
  const user = ctx.state.users.find((candidate) => candidate.name === name);
  return user ? String(user.id) : "no_owner";
}

/** The stored owner (a user name, "" for none) of an `owner` key the form accepted. */
function ownerName(ctx: FuncContext, key: string | undefined): string {
  return ctx.state.users.find((user) => String(user.id) === key)?.name ?? "";
}

/**
 * Older callers name the owner and the server type differently: a user name is taken for its
 * id, and `type` (what the WHMCS module reads back and sends) for `chassis_templ`.
 */
function normalizeParams(ctx: FuncContext): void {
  const { owner, type } = ctx.params;
  const byName = ctx.state.users.find((user) => user.name === owner);
  if (byName && !ctx.state.users.some((user) => String(user.id) === owner))
    ctx.params.owner = String(byName.id);
  if (type && ctx.params.chassis_templ === undefined) ctx.params.chassis_templ = type;
}

function values(ctx: FuncContext, server: Server): Record<string, string> {
  return {
    name: server.name,
    hostname: server.hostname,
    ip: server.ip,
    mac: server.mac,
    owner: ownerKey(ctx, server.owner),
    disabled: server.disabled ? "on" : "off",
    notes: server.notes,
    chassis_templ: server.chassis,
    rack: server.rack,
  };
}

const macPattern = /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/;

function save(ctx: FuncContext, server: Server | undefined): void {
  // Billing modules send only the fields they change (dcimanager.md §3.1): the rest keep their values.
  const submitted = readSubmitted(ctx, spec, {
    isNew: server === undefined,
    slists: slists(ctx),
    partial: server !== undefined,
  });
  const merged = { ...(server ? values(ctx, server) : {}), ...submitted };
  const mac = (merged.mac ?? "").toLowerCase();
  if (mac !== "" && !macPattern.test(mac)) throw new MgrFault("value", "mac", mac.slice(0, 40));
  const name = merged.name ?? "";
  if (ctx.state.servers.some((other) => other.name === name && other !== server))
    throw new MgrFault("exists", "server", name);
  const fields = {
    name,
    hostname: merged.hostname ?? "free.ds",
    ip: merged.ip ?? "",
    mac,
    notes: merged.notes ?? "",
    owner: ownerName(ctx, merged.owner),
    chassis: merged.chassis_templ ?? "",
    rack: merged.rack ?? "",
  };
  if (server) {
    const { hostname, ...rest } = fields;
    Object.assign(server, rest);
    if (hostname !== server.hostname) setHostname(ctx, server, hostname);
    return;
  }
  ctx.state.servers.push({
    id: nextId(ctx.state, "server"),
    ...fields,
    ipmiIp: "",
    location: "MSK-DC1",
    power: "off",
    disabled: false,
    blocked: false,
    hwproblem: false,
    operationFailed: false,
  });
}

const groupFields = ["owner", "notes", "rack"];

/**
 * Several servers at once: the form shows the owner, the rack and the notes, each with the
 * value they share or empty; saving sets every non-empty field on every server.
 */
function groupEdit(ctx: FuncContext, servers: Server[]): Reply {
  const lists = slists(ctx);
  const keep = keepOption(ctx.lang);
  const groupLists = { owner: [keep, ...(lists.owner ?? [])], rack: [keep, ...(lists.rack ?? [])] };
  if (isSubmit(ctx)) {
    const submitted = readSubmitted(ctx, spec, {
      isNew: false,
      group: true,
      partial: true,
      slists: groupLists,
    });
    for (const server of servers) {
      if (submitted.owner) server.owner = ownerName(ctx, submitted.owner);
      if (submitted.rack) server.rack = submitted.rack;
      if (submitted.notes) server.notes = submitted.notes;
    }
    return ok();
  }
  return renderForm(ctx, spec, {
    values: {
      ...sharedValues(
        servers.map((server) => values(ctx, server)),
        groupFields,
      ),
      selected: servers.map((server) => server.name).join(", "),
    },
    slists: groupLists,
    elid: servers.map((server) => String(server.id)).join(", "),
    isNew: false,
    group: true,
  });
}

export const serverEdit: FuncDef = {
  name: "server.edit",
  minLevel: 29,
  summary:
    "Add a server (no elid), edit one (elid=id) or several (elid=id, id: owner, rack, notes); sok=ok saves",
  handle(ctx) {
    normalizeParams(ctx);
    const group = groupTargets(ctx, "server", (id) => findServer(ctx, id));
    if (group) return groupEdit(ctx, group);
    const { isNew, item: server } = editTarget(ctx, "server", (id) => findServer(ctx, id));
    if (isSubmit(ctx)) {
      save(ctx, server);
      return savedAs("id", server?.id ?? ctx.state.servers.at(-1)?.id ?? 0);
    }
    return renderForm(ctx, spec, {
      values: server ? values(ctx, server) : { hostname: "free.ds", owner: "no_owner" },
      slists: slists(ctx),
      elid: server ? String(server.id) : "",
      isNew,
    });
  },
};
