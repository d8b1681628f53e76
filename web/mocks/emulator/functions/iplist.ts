import { callerOf, type FuncContext, type FuncDef, type Reply } from "../context";
import { groupAction } from "../documents/actions";
import { ok } from "../documents/actions";
import { editTarget, groupTargets, savedAs, sharedValues } from "../documents/edit";
import { isSubmit, readSubmitted, renderForm, type FormSpec } from "../documents/form";
import { renderList, type ListSpec } from "../documents/list";
import { MgrFault } from "../errors";
import type { Texts } from "../i18n";
import { nextId, type IpAddress, type Server } from "../state";
import { followMainAddress } from "./hostname";
import { parentServer, serverCrumbs } from "./server-children";

const listTexts: Texts = {
  en: {
    title: "IP addresses",
    ip: "IP address",
    family: "Family",
    group: "Group",
    domain: "Domain name (PTR)",
    main: "Main",
    family_ipv4: "IPv4",
    family_ipv6: "IPv6",
    short_new: "Add",
    hint_new: "Add an address from the pool",
    short_edit: "Edit",
    hint_edit: "Change the domain name; several selected addresses change together",
    short_delete: "Delete",
    hint_delete: "Release the address",
    msg_confirm_delete: "Release the addresses",
    short_back: "Back",
    hint_p_main: "The server's main address",
  },
  ru: {
    title: "IP-адреса",
    ip: "IP-адрес",
    family: "Семейство",
    group: "Группа",
    domain: "Доменное имя (PTR)",
    main: "Основной",
    family_ipv4: "IPv4",
    family_ipv6: "IPv6",
    short_new: "Добавить",
    hint_new: "Добавить адрес из пула",
    short_edit: "Изменить",
    hint_edit: "Изменить доменное имя; несколько выбранных адресов меняются вместе",
    short_delete: "Удалить",
    hint_delete: "Освободить адрес",
    msg_confirm_delete: "Освободить адреса",
    short_back: "Назад",
    hint_p_main: "Основной адрес сервера",
  },
};

const listSpec: ListSpec<IpAddress> = {
  name: "iplist",
  key: "id",
  keyname: "ip",
  texts: listTexts,
  hiddenFields: ["is_main"],
  columns: [
    { name: "ip", sort: "alpha" },
    { name: "family", type: "msg", sort: "alpha" },
    { name: "group", sort: "alpha", minLevel: 29 },
    { name: "domain", sort: "alpha" },
    { name: "state", type: "prop", props: [{ name: "main", img: "p-main" }] },
  ],
  toolbar: [
    {
      name: "edit",
      buttons: [
        { name: "new", func: "iplist.edit", type: "new", img: "t-new", minLevel: 29 },
        // Several selected addresses open one form for their domain name.
        { name: "edit", func: "iplist.edit", type: "edit", img: "t-edit", isDefault: true },
        {
          name: "delete",
          func: "iplist.delete",
          type: "group",
          img: "t-delete",
          minLevel: 29,
          conditions: [{ kind: "hide", name: "is_main", value: "yes" }],
        },
      ],
    },
    { name: "nav", buttons: [{ name: "back", func: "server", type: "back", img: "t-back" }] },
  ],
  rows: (ctx) => {
    const server = parentServer(ctx, "elid");
    return ctx.state.ips.filter((ip) => ip.serverId === server.id);
  },
  cells: (ip, ctx) => {
    const main = ctx.state.servers.find((server) => server.id === ip.serverId)?.ip === ip.ip;
    return {
      id: String(ip.id),
      ip: ip.ip,
      family: `family_${ip.family}`,
      group: ip.group,
      domain: ip.domain,
      main: main ? "" : undefined,
      is_main: main ? "yes" : "no",
    };
  },
  parent: (ctx) => {
    const server = parentServer(ctx, "elid");
    return { plid: String(server.id), crumbs: serverCrumbs(ctx, server, "iplist") };
  },
};

const formTexts: Texts = {
  en: {
    title: "IP address",
    main: "Address",
    ip: "IP address",
    hint_ip: "Leave empty to take the next free address of the group",
    family: "Family",
    family_ipv4: "IPv4",
    family_ipv6: "IPv6",
    group: "Group",
    domain: "Domain name (PTR)",
    pool_empty: "The group has no free addresses",
    selected: "Addresses",
    hint_selected: "The domain name is set on every one of them; left empty, each keeps its own",
    msg_ok: "Save",
    msg_cancel: "Cancel",
  },
  ru: {
    title: "IP-адрес",
    main: "Адрес",
    ip: "IP-адрес",
    hint_ip: "Оставьте пустым, чтобы взять следующий свободный адрес группы",
    family: "Семейство",
    family_ipv4: "IPv4",
    family_ipv6: "IPv6",
    group: "Группа",
    domain: "Доменное имя (PTR)",
    pool_empty: "В группе нет свободных адресов",
    selected: "Адреса",
    hint_selected:
      "Доменное имя задаётся каждому из них; если оставить пустым, у каждого останется своё",
    msg_ok: "Сохранить",
    msg_cancel: "Отмена",
  },
};

const formSpec: FormSpec = {
  name: "iplist.edit",
  texts: formTexts,
  pages: [
    {
      name: "main",
      fields: [
        { name: "selected", control: { kind: "textdata", type: "data" }, groupOnly: true },
        { name: "ip", control: { kind: "input", check: "ip" }, minLevel: 29 },
        { name: "family", control: { kind: "select" }, minLevel: 29 },
        { name: "group", control: { kind: "select" }, minLevel: 29 },
        {
          name: "domain",
          control: { kind: "input", check: "hostname", maxlength: 253 },
          group: true,
        },
      ],
    },
  ],
};

export const pools: Record<string, string> = { public: "203.0.113.", free: "10.20.0." };
/** Each group's IPv6 range (documentation prefixes), for `family=ipv6`. */
const pools6: Record<string, string> = { public: "2001:db8:113::", free: "fd00:20::" };

/** The next address of a pool that no server uses. */
export function nextFree(ctx: FuncContext, group: string, family = "ipv4"): string {
  const v6 = family === "ipv6";
  const prefix = (v6 ? (pools6[group] ?? pools6.public) : (pools[group] ?? pools.public)) ?? "";
  for (let host = 2; host < 255; host += 1) {
    const candidate = `${prefix}${v6 ? host.toString(16) : host}`;
    if (!ctx.state.ips.some((ip) => ip.ip === candidate)) return candidate;
  }
  throw new MgrFault("value", "ip", "", undefined, formTexts[ctx.lang].pool_empty);
}

/** `iptype` is the group's name in billing modules (evidence/whmcs-dcimanager.md). */
function normalizeParams(ctx: FuncContext): void {
  const { iptype } = ctx.params;
  if (iptype && ctx.params.group === undefined) ctx.params.group = iptype;
}

function save(ctx: FuncContext, server: Server, address: IpAddress | undefined): IpAddress {
  const slists = {
    family: ["ipv4", "ipv6"].map((key) => ({ key, label: key })),
    group: Object.keys(pools).map((key) => ({ key, label: key })),
  };
  const values = readSubmitted(ctx, formSpec, {
    isNew: !address,
    slists,
    partial: address !== undefined,
  });
  if (address) {
    if (values.ip !== undefined && values.ip !== "" && values.ip !== address.ip)
      throw new MgrFault("value", "ip", values.ip);
    if (values.domain !== undefined) address.domain = values.domain;
    followMainAddress(ctx, address);
    return address;
  }
  const group = values.group ?? "public";
  const ip = values.ip || nextFree(ctx, group, values.family);
  const family = ip.includes(":") ? "ipv6" : "ipv4";
  if (values.family && values.family !== family)
    throw new MgrFault("value", "family", values.family);
  if (ctx.state.ips.some((existing) => existing.ip === ip)) throw new MgrFault("exists", "ip", ip);
  const created: IpAddress = {
    id: nextId(ctx.state, "ip"),
    serverId: server.id,
    ip,
    family,
    group,
    domain: values.domain ?? "",
  };
  ctx.state.ips.push(created);
  return created;
}

/** Several addresses of a server at once (`elid=a, b`): their domain name (PTR). */
function groupEdit(ctx: FuncContext, server: Server, addresses: IpAddress[]): Reply {
  if (isSubmit(ctx)) {
    const { domain } = readSubmitted(ctx, formSpec, { isNew: false, group: true, partial: true });
    if (domain)
      for (const address of addresses) {
        address.domain = domain;
        followMainAddress(ctx, address);
      }
    return ok();
  }
  return renderForm(ctx, formSpec, {
    values: {
      ...sharedValues(
        addresses.map((address) => ({ domain: address.domain })),
        ["domain"],
      ),
      selected: addresses.map((address) => address.ip).join(", "),
    },
    elid: addresses.map((address) => String(address.id)).join(", "),
    plid: String(server.id),
    isNew: false,
    group: true,
  });
}

export const iplistFunctions: FuncDef[] = [
  {
    name: "iplist",
    summary: "A server's IP addresses (elid=server)",
    handle: (ctx) => renderList(ctx, listSpec),
  },
  {
    name: "iplist.edit",
    summary:
      "Add an address to a server (plid=server, ip empty = next free) or change the domain of one or several (elid=address, address)",
    handle(ctx) {
      normalizeParams(ctx);
      const server = parentServer(ctx, "plid");
      const group = groupTargets(ctx, "ip", (id) =>
        ctx.state.ips.find((ip) => String(ip.id) === id && ip.serverId === server.id),
      );
      if (group) return groupEdit(ctx, server, group);
      const { isNew, item: address } = editTarget(ctx, "ip", (id) =>
        ctx.state.ips.find((ip) => String(ip.id) === id && ip.serverId === server.id),
      );
      if (isNew && callerOf(ctx).user.level < 29) throw new MgrFault("access", "iplist.edit");
      if (isSubmit(ctx)) return savedAs("ip", save(ctx, server, address).ip);
      return renderForm(ctx, formSpec, {
        values: address
          ? { ip: address.ip, family: address.family, group: address.group, domain: address.domain }
          : { family: "ipv4", group: "public" },
        slists: {
          family: ["ipv4", "ipv6"].map((key) => ({
            key,
            label: formTexts[ctx.lang][`family_${key}`] ?? key,
          })),
          group: Object.keys(pools).map((key) => ({ key, label: key })),
        },
        elid: address ? String(address.id) : "",
        plid: String(server.id),
        isNew,
      });
    },
  },
  {
    name: "iplist.delete",
    minLevel: 29,
    summary:
      "Release addresses of a server (plid=server, elid=address ids); the main address stays",
    handle(ctx) {
      const server = parentServer(ctx, "plid");
      return groupAction<IpAddress>(
        ctx,
        "ip",
        (id) => ctx.state.ips.find((ip) => String(ip.id) === id && ip.serverId === server.id),
        (address) => {
          ctx.state.ips = ctx.state.ips.filter((ip) => ip !== address);
        },
        (address) => {
          if (address.ip === server.ip) throw new MgrFault("value", "elid", address.ip);
        },
      );
    },
  },
];
