import type { FuncContext, FuncDef } from "../context";
import { readSubmitted, type SlistItem } from "../documents/form";
import { renderReport, type ReportSpec } from "../documents/report";
import type { Texts } from "../i18n";
import type { Server } from "../state";
import { parentServer, serverCrumbs } from "./server-children";
import { dailyBytes, periodDays, periods, trafficTexts, type Period } from "./traffic";
import { burstForPeriod } from "./traffic-burstable";

const texts: Texts = {
  en: {
    title: "Server details",
    report_info:
      "The server's state and bandwidth now, and its mean bandwidth over the chosen period",
    main: "Period",
    period: "Period",
    ...Object.fromEntries(
      periods.map((key) => [`period_${key}`, trafficTexts.en[`period_${key}`] ?? key]),
    ),
    current: "Now",
    load: "Bandwidth",
    hostname: "Server",
    ip: "IP address",
    power: "Power",
    power_on: "On",
    power_off: "Off",
    power_error: "Unknown",
    rx: "Received, Mbit/s",
    tx: "Sent, Mbit/s",
    burst: "95th percentile, Mbit/s",
    time: "Time",
    short_back: "Back",
    hint_back: "Back to the servers",
    msg_ok: "Show",
  },
  ru: {
    title: "Сведения о сервере",
    report_info: "Состояние и полоса сервера сейчас и его средняя полоса за выбранный период",
    main: "Период",
    period: "Период",
    ...Object.fromEntries(
      periods.map((key) => [`period_${key}`, trafficTexts.ru[`period_${key}`] ?? key]),
    ),
    current: "Сейчас",
    load: "Полоса",
    hostname: "Сервер",
    ip: "IP-адрес",
    power: "Питание",
    power_on: "Включён",
    power_off: "Выключен",
    power_error: "Неизвестно",
    rx: "Принято, Мбит/с",
    tx: "Отправлено, Мбит/с",
    burst: "95-й перцентиль, Мбит/с",
    time: "Время",
    short_back: "Назад",
    hint_back: "Назад, к серверам",
    msg_ok: "Показать",
  },
};

const rate = (name: string) => ({ name, sort: "digit", align: "right" }) as const;

const spec: ReportSpec = {
  name: "currentdetails",
  texts,
  toolbar: [{ name: "back", func: "server", type: "back", img: "t-back" }],
  form: [
    { name: "main", fields: [{ name: "period", control: { kind: "select" }, required: true }] },
  ],
  bands: [
    {
      name: "current",
      columns: [
        { name: "hostname" },
        { name: "ip" },
        { name: "power" },
        rate("rx"),
        rate("tx"),
        rate("burst"),
      ],
    },
    {
      name: "load",
      diagrams: [{ type: "line", label: "time", data: ["rx", "tx"] }],
      columns: [{ name: "time", sort: "alpha" }, rate("rx"), rate("tx")],
    },
  ],
};

const formSpec = { name: spec.name, texts, pages: spec.form };

function slists(ctx: FuncContext): Record<string, SlistItem[]> {
  return {
    period: periods.map((key) => ({ key, label: texts[ctx.lang][`period_${key}`] ?? key })),
  };
}

const dayMs = 86_400_000;
const hourMs = 3_600_000;

/** Mean Mbit/s of a day's traffic in one direction. */
function meanMbits(server: Server, direction: "rx" | "tx"): number {
  return (dailyBytes(server.id, server.owner, direction) * 8) / 86_400 / 1_000_000;
}

/** A deterministic swing of ±30% around the mean, one wave over the points. */
function swing(server: Server, index: number, count: number): number {
  return 1 + 0.3 * Math.sin((index / count) * 2 * Math.PI + server.id);
}

const mbits = (value: number) => value.toFixed(1);

/**
 * The points of the period: the hours of today for `currentday`, its days otherwise (the last
 * month ending where this month's 28 days begin, as in `trafficdetails`).
 */
function points(ctx: FuncContext, period: Period): string[] {
  if (period === "currentday") {
    const today = Math.floor(ctx.now / dayMs) * dayMs;
    return Array.from({ length: 24 }, (_, hour) =>
      new Date(today + hour * hourMs).toISOString().slice(0, 16).replace("T", " "),
    );
  }
  const count = periodDays[period];
  const end = Math.floor(ctx.now / dayMs) * dayMs - (period === "lastmonth" ? 28 * dayMs : 0);
  return Array.from({ length: count }, (_, index) =>
    new Date(end - (count - 1 - index) * dayMs).toISOString().slice(0, 10),
  );
}

/**
 * `currentdetails` (elid=server, period): node-dcimanager returns `doc.reportdata` as it is
 * (lib/server.js:194-213), so there is no `sok` and no `firstrun="no"`: it is always built.
 * What a real panel puts in it is not known (dcimanager.md §4: "time series"): here the server's
 * state and bandwidth now (`current`, one row) and its mean bandwidth per hour or day (`load`).
 * Customers may open their own servers (dcimanager.md §3.1: "admin user").
 */
export const currentDetails: FuncDef = {
  name: "currentdetails",
  summary:
    "One server's state and bandwidth now and over a period (elid=server, period=currentday...); always built",
  handle(ctx) {
    const server = parentServer(ctx, "elid");
    const chosen =
      ctx.params.sok === "ok" || ctx.params.period
        ? readSubmitted(ctx, formSpec, { isNew: false, slists: slists(ctx) }).period
        : undefined;
    const period = (chosen ?? "currentday") as Period;
    const on = server.power === "on";
    const now = swing(server, new Date(ctx.now).getUTCHours(), 24);
    const times = points(ctx, period);
    return renderReport(ctx, spec, {
      values: { period },
      slists: slists(ctx),
      elid: String(server.id),
      crumbs: serverCrumbs(ctx, server, "currentdetails"),
      bands: {
        current: {
          rows: [
            {
              id: String(server.id),
              hostname: server.hostname,
              ip: server.ip,
              power: texts[ctx.lang][`power_${server.power}`],
              rx: mbits(on ? meanMbits(server, "rx") * now : 0),
              tx: mbits(on ? meanMbits(server, "tx") * now : 0),
              burst: String(burstForPeriod(server, period)),
            },
          ],
        },
        load: {
          rows: times.map((time, index) => ({
            time,
            rx: mbits(meanMbits(server, "rx") * swing(server, index, times.length)),
            tx: mbits(meanMbits(server, "tx") * swing(server, index, times.length)),
          })),
        },
      },
    });
  },
};
