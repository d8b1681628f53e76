import type { FuncDef } from "../context";
import { renderList, type ListSpec } from "../documents/list";
import type { ChassisTemplate, Location, OsTemplate } from "../state";

const locationSpec: ListSpec<Location> = {
  name: "location",
  key: "id",
  keyname: "name",
  texts: {
    en: {
      title: "Locations",
      name: "Name",
      mainip: "Main IP address",
      ssh_port: "SSH port",
      nameservers: "Name servers",
    },
    ru: {
      title: "Площадки",
      name: "Имя",
      mainip: "Основной IP-адрес",
      ssh_port: "Порт SSH",
      nameservers: "DNS-серверы",
    },
  },
  columns: [
    { name: "name", sort: "alpha" },
    { name: "mainip", sort: "alpha" },
    { name: "ssh_port", sort: "digit", align: "right" },
    { name: "nameservers" },
  ],
  toolbar: [],
  rows: (ctx) => ctx.state.locations,
  cells: (location) => ({
    id: String(location.id),
    name: location.name,
    mainip: location.mainIp,
    ssh_port: String(location.sshPort),
    nameservers: location.nameservers,
  }),
};

const osSpec: ListSpec<OsTemplate> = {
  name: "osmgr",
  key: "name",
  keyname: "name",
  texts: {
    en: {
      title: "OS templates",
      name: "Template",
      kind: "Type",
      chassis: "Server types",
      access: "Access",
      kind_os: "Operating system",
      kind_diag: "Diagnostics",
      kind_rescue: "Recovery",
      access_all: "Everybody",
      access_admin: "Administrators only",
      any: "Any",
    },
    ru: {
      title: "Шаблоны ОС",
      name: "Шаблон",
      kind: "Тип",
      chassis: "Типы серверов",
      access: "Доступ",
      kind_os: "Операционная система",
      kind_diag: "Диагностика",
      kind_rescue: "Восстановление",
      access_all: "Все",
      access_admin: "Только администраторы",
      any: "Любые",
    },
  },
  columns: [
    { name: "name", sort: "alpha" },
    { name: "kind", type: "msg", sort: "alpha" },
    { name: "chassis" },
    { name: "access", type: "msg", sort: "alpha" },
  ],
  toolbar: [],
  rows: (ctx) => ctx.state.osTemplates,
  cells: (template, ctx) => ({
    name: template.name,
    kind: `kind_${template.kind}`,
    chassis:
      template.chassis.length === 0
        ? ctx.lang === "ru"
          ? "Любые"
          : "Any"
        : template.chassis.join(", "),
    access: template.adminOnly ? "access_admin" : "access_all",
  }),
};

const chassisSpec: ListSpec<ChassisTemplate> = {
  name: "chassistempl",
  key: "name",
  keyname: "name",
  texts: {
    en: { title: "Server types", name: "Type", description: "Configuration", servers: "Servers" },
    ru: { title: "Типы серверов", name: "Тип", description: "Конфигурация", servers: "Серверов" },
  },
  columns: [
    { name: "name", sort: "alpha" },
    { name: "description", sort: "alpha" },
    { name: "servers", sort: "digit", align: "right" },
  ],
  toolbar: [],
  rows: (ctx) => ctx.state.chassisTemplates,
  cells: (type, ctx) => ({
    name: type.name,
    description: type.description,
    servers: String(ctx.state.servers.filter((server) => server.chassis === type.name).length),
  }),
};

export const settingsFunctions: FuncDef[] = [
  {
    name: "location",
    minLevel: 29,
    summary: "Locations (data centres)",
    handle: (ctx) => renderList(ctx, locationSpec),
  },
  {
    name: "osmgr",
    minLevel: 29,
    summary: "OS templates",
    handle: (ctx) => renderList(ctx, osSpec),
  },
  {
    name: "chassistempl",
    minLevel: 29,
    summary: "Server types (chassis templates)",
    handle: (ctx) => renderList(ctx, chassisSpec),
  },
];
