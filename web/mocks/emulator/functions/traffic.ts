import type { FuncContext, FuncDef } from "../context";
import { readSubmitted, type SlistItem } from "../documents/form";
import { renderReport, type ReportSpec } from "../documents/report";
import type { Texts } from "../i18n";
import type { Server } from "../state";
import { visibleServers } from "./server-list";

export const periods = [
  "currentday",
  "currentweek",
  "currentmonth",
  "lastmonth",
  "currentyear",
] as const;
export type Period = (typeof periods)[number];

/** Days each period covers, for deterministic volumes. */
export const periodDays: Record<Period, number> = {
  currentday: 1,
  currentweek: 7,
  currentmonth: 28,
  lastmonth: 30,
  currentyear: 332,
};

export const trafficTexts: Texts = {
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
    traff: "Traffic by server",
    hostname: "Server",
    rx: "Received",
    tx: "Sent",
    total: "Total",
    hint_hostname: "Open the server's traffic by day, port, protocol and hour",
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
    traff: "Трафик по серверам",
    hostname: "Сервер",
    rx: "Принято",
    tx: "Отправлено",
    total: "Итого",
    hint_hostname: "Открыть трафик сервера по дням, портам, протоколам и часам",
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
export function dailyBytes(serverId: number, owner: string, direction: "rx" | "tx"): number {
  const base = owner === "" ? 40 * 1024 ** 2 : (3 + ((serverId * 7) % 11)) * 1024 ** 3;
  return Math.round(base * (direction === "tx" ? 1 + ((serverId * 3) % 5) : 1));
}

/** The period choices of a traffic report, in its own words. */
export function periodSlists(ctx: FuncContext, texts: Texts): Record<string, SlistItem[]> {
  return {
    period: periods.map((key) => ({ key, label: texts[ctx.lang][`period_${key}`] ?? key })),
  };
}

/** The submitted period, `currentmonth` when none is given (API clients send none). */
export function chosenPeriod(ctx: FuncContext, spec: ReportSpec): Period {
  const formSpec = { name: spec.name, texts: spec.texts, pages: spec.form };
  const chosen =
    ctx.params.sok === "ok" || ctx.params.period
      ? readSubmitted(ctx, formSpec, { isNew: false, slists: periodSlists(ctx, spec.texts) }).period
      : undefined;
  return (chosen ?? "currentmonth") as Period;
}

/** The name the traffic reports show: a free server by its label, since all are `free.ds`. */
export function serverLabel(server: Server): string {
  return server.hostname === "free.ds" ? `${server.name} (free.ds)` : server.hostname;
}

const spec: ReportSpec = {
  name: "traffic",
  texts: trafficTexts,
  form: [
    {
      name: "main",
      fields: [{ name: "period", control: { kind: "select" }, required: true }],
    },
  ],
  bands: [
    {
      // `traff`, as real panels name it: clients read `reportdata.traff.elem` (evidence/).
      name: "traff",
      diagrams: [{ type: "histogram", label: "hostname", data: ["rx", "tx"] }],
      columns: [
        // Each server leads to its own traffic report with the same period (a drill-down).
        { name: "hostname", sort: "alpha", link: true },
        { name: "rx", sort: "digit", total: "sum", align: "right" },
        { name: "tx", sort: "digit", total: "sum", align: "right" },
      ],
    },
  ],
};

export const traffic: FuncDef = {
  name: "traffic",
  summary:
    "Traffic report per server for a period (period=currentmonth...); customers see their own servers",
  handle(ctx) {
    const period = chosenPeriod(ctx, spec);
    const days = periodDays[period];
    const rows = visibleServers(ctx).map((server) => {
      const rx = dailyBytes(server.id, server.owner, "rx") * days;
      const tx = dailyBytes(server.id, server.owner, "tx") * days;
      return {
        id: String(server.id),
        hostname: {
          text: serverLabel(server),
          attrs: { link: `func=trafficdetails&elid=${server.id}&period=${period}&sok=ok` },
        },
        rx: { text: formatBytes(rx), attrs: { orig: String(rx) } },
        tx: { text: formatBytes(tx), attrs: { orig: String(tx) } },
      };
    });
    return renderReport(ctx, spec, {
      values: { period },
      slists: periodSlists(ctx, trafficTexts),
      bands: { traff: { rows } },
    });
  },
};
