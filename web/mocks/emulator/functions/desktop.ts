import { callerOf, type FuncDef } from "../context";
import type { Texts } from "../i18n";
import { el, messagesNode } from "../tree";

interface MenuItem {
  name: string;
  action: string;
  type: "list" | "form" | "report";
  minLevel?: number;
}

interface MenuGroup {
  name: string;
  minLevel?: number;
  items: MenuItem[];
}

/** dcimanager.md §2, for the functions the emulator implements. */
const menu: MenuGroup[] = [
  {
    name: "mainmenu_main",
    items: [
      { name: "dashboard", action: "dashboard", type: "list" },
      { name: "server", action: "server", type: "list" },
      { name: "user", action: "user", type: "list", minLevel: 29 },
      { name: "ticket", action: "ticket", type: "list" },
    ],
  },
  {
    name: "mainmenu_equipment",
    minLevel: 29,
    items: [
      { name: "switch", action: "switch", type: "list" },
      { name: "pdu", action: "pdu", type: "list" },
      { name: "rack", action: "rack", type: "list" },
    ],
  },
  {
    name: "mainmenu_stat",
    items: [
      { name: "traffic", action: "traffic", type: "report" },
      { name: "trafficburstable", action: "trafficburstable", type: "report", minLevel: 29 },
    ],
  },
  {
    name: "mainmenu_settings",
    items: [
      { name: "dcisettings", action: "dcisettings", type: "form", minLevel: 29 },
      { name: "location", action: "location", type: "list", minLevel: 29 },
      { name: "chassistempl", action: "chassistempl", type: "list", minLevel: 29 },
      { name: "osmgr", action: "osmgr", type: "list", minLevel: 29 },
      { name: "sshpubkey", action: "sshpubkey", type: "list" },
    ],
  },
  {
    name: "mainmenu_monitoring",
    items: [
      { name: "session", action: "session", type: "list" },
      { name: "journal", action: "journal", type: "list", minLevel: 29 },
    ],
  },
];

const texts: Texts = {
  en: {
    title: "DCImanager",
    mainmenu_main: "Main",
    mainmenu_equipment: "Equipment",
    mainmenu_stat: "Statistics",
    mainmenu_settings: "Settings",
    mainmenu_monitoring: "Monitoring",
    dashboard: "Dashboard",
    server: "Servers",
    user: "Users",
    ticket: "Support tickets",
    switch: "Switches",
    pdu: "PDUs",
    rack: "Racks",
    traffic: "Traffic",
    trafficburstable: "Burstable traffic",
    dcisettings: "Global settings",
    location: "Locations",
    chassistempl: "Server types",
    osmgr: "OS templates",
    sshpubkey: "SSH keys",
    session: "Active sessions",
    journal: "Action log",
  },
  ru: {
    title: "DCImanager",
    mainmenu_main: "Главное",
    mainmenu_equipment: "Оборудование",
    mainmenu_stat: "Статистика",
    mainmenu_settings: "Настройки",
    mainmenu_monitoring: "Мониторинг",
    dashboard: "Главная",
    server: "Серверы",
    user: "Пользователи",
    ticket: "Тикеты поддержки",
    switch: "Коммутаторы",
    pdu: "PDU",
    rack: "Стойки",
    traffic: "Трафик",
    trafficburstable: "Трафик по 95-му перцентилю",
    dcisettings: "Глобальные настройки",
    location: "Площадки",
    chassistempl: "Типы серверов",
    osmgr: "Шаблоны ОС",
    sshpubkey: "SSH-ключи",
    session: "Активные сессии",
    journal: "Журнал действий",
  },
};

export const desktop: FuncDef = {
  name: "desktop",
  summary: "The main menu of the caller's level, the start page and the current user",
  handle(ctx) {
    const { user } = callerOf(ctx);
    const allowed = (minLevel?: number) => minLevel === undefined || user.level >= minLevel;
    const groups = menu
      .filter((group) => allowed(group.minLevel))
      .map((group) => ({ ...group, items: group.items.filter((item) => allowed(item.minLevel)) }))
      .filter((group) => group.items.length > 0);
    const start = ctx.params.startpage ?? ctx.params.startform;
    return {
      children: [
        el(
          "mainmenu",
          { level: String(user.level), startpage: start && start !== "" ? start : "server" },
          ...groups.map((group) =>
            el(
              "node",
              { name: group.name },
              ...group.items.map((item) =>
                el("node", { name: item.name, action: item.action, type: item.type }),
              ),
            ),
          ),
        ),
        el("user", { name: user.name, level: String(user.level) }),
        messagesNode("desktop", texts[ctx.lang]),
      ],
    };
  },
};
