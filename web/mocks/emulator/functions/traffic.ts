import type { FuncContext, FuncDef } from "../context";
import { readSubmitted, type SlistItem } from "../documents/form";
import type { Texts } from "../i18n";
import { el, leaf, messagesNode } from "../tree";
import { visibleServers } from "./server-list";

const periods = ["currentday", "currentweek", "currentmonth", "lastmonth", "currentyear"] as const;
type Period = (typeof periods)[number];

/** Days each period covers, for deterministic volumes. */
const periodDays: Record<Period, number> = {
  currentday: 1,
  currentweek: 7,
  currentmonth: 28,
  lastmonth: 30,
  currentyear: 332,
};

const texts: Texts = {
  en: {
    title: "Traffic",
    report_info: "Traffic of each server over the chosen period, from the switch port counters",
    period: "Period",
    period_currentday: "Today",
    period_currentweek: "This week",
    period_currentmonth: "This month",
    period_lastmonth: "Last month",
    period_currentyear: "This year",
    main: "Period",
    traffic: "Traffic by server",
    hostname: "Server",
    rx: "Received",
    tx: "Sent",
    total: "Total",
    msg_ok: "Show",
  },
  ru: {
    title: "Трафик",
    report_info: "Трафик каждого сервера за выбранный период по счётчикам портов коммутаторов",
    period: "Период",
    period_currentday: "Сегодня",
    period_currentweek: "Эта неделя",
    period_currentmonth: "Этот месяц",
    period_lastmonth: "Прошлый месяц",
    period_currentyear: "Этот год",
    main: "Период",
    traffic: "Трафик по серверам",
    hostname: "Сервер",
    rx: "Принято",
    tx: "Отправлено",
    total: "Итого",
    msg_ok: "Показать",
  },
};

const units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];

export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit] ?? "B"}`;
}

/** A deterministic daily volume per server: busy customers, quiet free servers. */
function dailyBytes(serverId: number, owner: string, direction: "rx" | "tx"): number {
  const base = owner === "" ? 40 * 1024 ** 2 : (3 + ((serverId * 7) % 11)) * 1024 ** 3;
  return Math.round(base * (direction === "tx" ? 1 + ((serverId * 3) % 5) : 1));
}

function slists(ctx: FuncContext): Record<string, SlistItem[]> {
  return {
    period: periods.map((key) => ({ key, label: texts[ctx.lang][`period_${key}`] ?? key })),
  };
}

export const traffic: FuncDef = {
  name: "traffic",
  summary:
    "Traffic report per server for a period (period=currentmonth...); customers see their own servers",
  handle(ctx) {
    const spec = {
      name: "traffic",
      texts,
      pages: [
        {
          name: "main",
          fields: [{ name: "period", control: { kind: "select" as const }, required: true }],
        },
      ],
    };
    const chosen =
      ctx.params.sok === "ok" || ctx.params.period
        ? readSubmitted(ctx, spec, { isNew: false, slists: slists(ctx) }).period
        : undefined;
    const period = (chosen ?? "currentmonth") as Period;
    const days = periodDays[period];
    const rows = visibleServers(ctx).map((server) => {
      const rx = dailyBytes(server.id, server.owner, "rx") * days;
      const tx = dailyBytes(server.id, server.owner, "tx") * days;
      return el(
        "elem",
        {},
        leaf("id", String(server.id)),
        leaf(
          "hostname",
          server.hostname === "free.ds" ? `${server.name} (free.ds)` : server.hostname,
        ),
        el("rx", { orig: String(rx) }, formatBytes(rx)),
        el("tx", { orig: String(tx) }, formatBytes(tx)),
      );
    });
    const metadata = el(
      "metadata",
      { name: "traffic", type: "report" },
      el(
        "form",
        {},
        el(
          "page",
          { name: "main" },
          el("field", { name: "period" }, el("select", { name: "period" })),
        ),
      ),
      el(
        "band",
        { name: "traffic" },
        el(
          "diagram",
          { type: "histogram", label: "hostname", data: "rx,tx" },
          el("line", { data: "rx" }),
          el("line", { data: "tx" }),
        ),
        el("col", { name: "hostname", type: "data", sort: "alpha" }),
        el("col", { name: "rx", type: "data", sort: "digit", total: "sum", align: "right" }),
        el("col", { name: "tx", type: "data", sort: "digit", total: "sum", align: "right" }),
      ),
    );
    return {
      children: [
        metadata,
        messagesNode("traffic", texts[ctx.lang]),
        leaf("period", period),
        el(
          "slist",
          { name: "period" },
          ...(slists(ctx).period ?? []).map((item) => el("val", { key: item.key }, item.label)),
        ),
        el("reportdata", {}, el("traffic", {}, ...rows)),
      ],
    };
  },
};
