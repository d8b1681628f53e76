import { callerOf, type FuncContext, type FuncDef } from "../context";
import type { Texts } from "../i18n";
import { operationPercent, operationText } from "../operations";
import { hasValidator, validate, validatorNames } from "../validators";
import { el, leaf, messagesNode } from "../tree";
import { problem } from "./server-filter";
import { visibleServers } from "./server-list";

const dashboardTexts: Texts = {
  en: {
    title: "Dashboard",
    links: "Quick links",
    server: "Servers",
    user: "Users",
    traffic: "Traffic",
    journal: "Action log",
    sessions: "Who is signed in",
    problems: "Servers with problems",
    name: "Name",
    hostname: "Domain name",
    status: "Status",
  },
  ru: {
    title: "Главная",
    links: "Быстрые ссылки",
    server: "Серверы",
    user: "Пользователи",
    traffic: "Трафик",
    journal: "Журнал действий",
    sessions: "Кто в панели",
    problems: "Серверы с проблемами",
    name: "Имя",
    hostname: "Доменное имя",
    status: "Состояние",
  },
};

const dashboard: FuncDef = {
  name: "dashboard",
  summary:
    "The home page: blocks of quick links, a list, a report and a page (url) (mgr5-protocol.md §7.2)",
  handle(ctx) {
    const admin = callerOf(ctx).user.level >= 29;
    const links = ["server", ...(admin ? ["user", "journal"] : []), "traffic"];
    return {
      children: [
        el("metadata", { name: "dashboard", type: "dashboard" }),
        el(
          "block",
          { name: "links", type: "toolbar", position: "top" },
          ...links.map((name) => el("toolbtn", { name, list: name, img: `t-${name}` })),
        ),
        el(
          "block",
          { name: "server", type: "list", func: "server", position: "left", rows: "5" },
          el("col", { name: "name" }),
          el("col", { name: "hostname" }),
          el("col", { name: "status" }),
        ),
        el("block", { name: "traffic", type: "report", func: "traffic", position: "right" }),
        // A `url` block shows a page in a frame; `func` holds its address, as a `url` button's
        // does (§5.2). The print view of the caller's own sessions: same origin, so the session
        // cookie signs it in.
        el("block", {
          name: "sessions",
          type: "url",
          func: `/${ctx.config.panel}?func=session&out=print&lang=${ctx.lang}`,
          position: "right",
        }),
        messagesNode("dashboard", dashboardTexts[ctx.lang]),
      ],
    };
  },
};

const notifyTexts: Texts = {
  en: {
    problems: "Servers with problems",
    operations: "Operations running",
    hint_problems: "Hardware problems, failed operations or unreachable power",
  },
  ru: {
    problems: "Серверы с проблемами",
    operations: "Выполняются операции",
    hint_problems: "Проблемы с оборудованием, неудачные операции или недоступное питание",
  },
};

const notify: FuncDef = {
  name: "notify",
  summary: "Notification badges and the seconds until the next poll",
  handle(ctx) {
    const servers = visibleServers(ctx);
    const problems = servers.filter(problem).length;
    const running = servers.filter((server) => server.operation).length;
    const items = [
      problems > 0
        ? el(
            "item",
            // The list's filter after the function (Q-notify-filter in the README): the badge
            // opens just the servers it counts.
            { name: "problems", img: "n-problem", type: "list", action: "server&status=problem" },
            el("msg", {}, String(problems)),
          )
        : null,
      running > 0
        ? el(
            "item",
            { name: "operations", img: "n-progress", type: "list", action: "server&status=busy" },
            el("msg", {}, String(running)),
          )
        : null,
    ];
    return {
      children: [
        el("notify", {}, ...items),
        leaf("timeout", "60"),
        messagesNode("notify", notifyTexts[ctx.lang]),
      ],
    };
  },
};

/** `progress.get&elid=<progressid>` (§7.6); an unknown or finished id gives an empty doc (Q9). */
const progressGet: FuncDef = {
  name: "progress.get",
  summary: "Progress of a long operation started with progressid (elid=progressid)",
  handle(ctx) {
    const entry = ctx.state.progress.find((candidate) => candidate.progressId === ctx.params.elid);
    const server = entry && ctx.state.servers.find((candidate) => candidate.id === entry.serverId);
    if (!entry || !server?.operation) return { children: [] };
    const percent = operationPercent(server, ctx.now) ?? 0;
    const seconds = (ms: number) => String(Math.floor(ms / 1000));
    return {
      children: [
        leaf("action", entry.action),
        leaf("start", seconds(entry.startedAt)),
        leaf("last", seconds(ctx.now)),
        leaf("now", seconds(ctx.now)),
        leaf("steps", "100"),
        leaf("done", String(percent)),
        leaf("comment", operationText(server, ctx.now, ctx.lang)),
      ],
    };
  },
};

function validatorFunc(name: string): FuncDef {
  return {
    name: `check.${name}`,
    summary: `Validator: value=..., args=..., name=<field>; answers the normalised value or an error`,
    handle(ctx: FuncContext) {
      const value = validate(
        name,
        ctx.params.value ?? "",
        ctx.params.args ?? "",
        ctx.params.name ?? "value",
        ctx.lang,
      );
      return { children: [leaf("value", value)] };
    },
  };
}

export const panelFunctions: FuncDef[] = [
  dashboard,
  notify,
  progressGet,
  ...validatorNames.filter(hasValidator).map(validatorFunc),
];
