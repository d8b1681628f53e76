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
  { name: "mainmenu_main", items: [{ name: "server", action: "server", type: "list" }] },
];

const texts: Texts = {
  en: { title: "DCImanager", mainmenu_main: "Main", server: "Servers" },
  ru: { title: "DCImanager", mainmenu_main: "Главное", server: "Серверы" },
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
