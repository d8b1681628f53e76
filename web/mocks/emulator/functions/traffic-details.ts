import { callerOf, type FuncContext, type FuncDef } from "../context";
import { singleElid } from "../documents/actions";
import { readSubmitted, type SlistItem } from "../documents/form";
import type { Cell } from "../documents/list";
import { renderReport, type BandData, type ReportSpec } from "../documents/report";
import { MgrFault } from "../errors";
import type { Texts } from "../i18n";
import type { Server } from "../state";
import { findServer } from "./server-actions";
import { dailyBytes, formatBytes, periodDays, periods, trafficTexts, type Period } from "./traffic";

/** The chosen period's keys, and `other`: the dates in `periodstart` and `periodend`. */
const detailPeriods = [...periods, "other"] as const;

const texts: Texts = {
  en: {
    title: "Traffic of a server",
    report_info:
      "Daily, hourly and per-port traffic of one server, and its share by protocol from NetFlow",
    main: "Period",
    period: "Period",
    ...Object.fromEntries(
      periods.map((key) => [`period_${key}`, trafficTexts.en[`period_${key}`] ?? key]),
    ),
    period_other: "Dates…",
    periodstart: "From",
    periodend: "To",
    days: "By day",
    ports: "By switch port",
    errors: "Port errors",
    protocols: "By protocol (NetFlow)",
    hours: "By hour of the day",
    date: "Date",
    rx: "Received",
    tx: "Sent",
    device: "Switch",
    port: "Port",
    time: "Time",
    error: "Error",
    protocol: "Protocol",
    share: "Share",
    hour: "Hour",
    short_back: "Back",
    hint_back: "Back to the traffic of every server",
    badrange: "The end must not be before the start, nor more than 366 days after it",
  },
  ru: {
    title: "Трафик сервера",
    report_info:
      "Трафик одного сервера по дням, часам и портам, и его доля по протоколам по данным NetFlow",
    main: "Период",
    period: "Период",
    ...Object.fromEntries(
      periods.map((key) => [`period_${key}`, trafficTexts.ru[`period_${key}`] ?? key]),
    ),
    period_other: "Даты…",
    periodstart: "С",
    periodend: "По",
    days: "По дням",
    ports: "По портам коммутаторов",
    errors: "Ошибки портов",
    protocols: "По протоколам (NetFlow)",
    hours: "По часам суток",
    date: "Дата",
    rx: "Принято",
    tx: "Отправлено",
    device: "Коммутатор",
    port: "Порт",
    time: "Время",
    error: "Ошибка",
    protocol: "Протокол",
    share: "Доля",
    hour: "Час",
    short_back: "Назад",
    hint_back: "Назад, к трафику всех серверов",
    badrange: "Конец не может быть раньше начала или позже него больше чем на 366 дней",
  },
};

/** Weekday factors that sum to 7: whole weeks add up to the traffic report's totals. */
const weekPattern = [0.8, 1.0, 1.1, 1.2, 1.1, 0.9, 0.9];
/** The share of a day's traffic in each hour; they sum to 1. */
const hourPattern = Array.from(
  { length: 24 },
  (_, hour) => 1 + Math.sin(((hour - 9) / 24) * 2 * Math.PI) * 0.6,
);
const hourSum = hourPattern.reduce((sum, value) => sum + value, 0);
const protocolShares: [string, number][] = [
  ["HTTPS", 0.62],
  ["HTTP", 0.18],
  ["SSH", 0.04],
  ["DNS", 0.03],
  ["Other", 0.13],
];

const dayMs = 86_400_000;

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

const volume = (name: string) => ({ name, sort: "digit", total: "sum", align: "right" }) as const;

const spec: ReportSpec = {
  name: "trafficdetails",
  texts,
  firstrun: false,
  // A report's Back sits in the toolbar itself, not in a group (§7.1).
  toolbar: [{ name: "back", func: "traffic", type: "back", img: "t-back" }],
  form: [
    {
      name: "main",
      fields: [
        {
          name: "period",
          control: { kind: "select" },
          required: true,
          // The dates are asked only for `other`.
          ifs: periods.flatMap((value: Period) => [
            { value, hide: "periodstart" },
            { value, hide: "periodend" },
          ]),
        },
        { name: "periodstart", control: { kind: "input", date: "date" }, required: true },
        { name: "periodend", control: { kind: "input", date: "date" }, required: true },
      ],
    },
  ],
  bands: [
    {
      name: "days",
      diagrams: [{ type: "line", label: "date", data: ["rx", "tx"] }],
      columns: [{ name: "date", sort: "alpha", total: "count" }, volume("rx"), volume("tx")],
      bands: [
        {
          name: "ports",
          columns: [
            // The operator's cells lead to the switch's ports (a drill-down into a list).
            { name: "device", sort: "alpha", link: true },
            { name: "port", sort: "alpha" },
            volume("rx"),
            volume("tx"),
          ],
          // Never any rows here: a band that is empty.
          bands: [
            { name: "errors", columns: [{ name: "time" }, { name: "port" }, { name: "error" }] },
          ],
        },
      ],
    },
    {
      name: "protocols",
      diagrams: [{ type: "pie", label: "protocol", data: ["rx"] }],
      columns: [
        { name: "protocol", sort: "alpha" },
        { name: "share", align: "right" },
        volume("rx"),
      ],
    },
    {
      name: "hours",
      diagrams: [{ type: "bar", label: "hour", data: ["rx"] }],
      columns: [{ name: "hour", sort: "alpha" }, volume("rx")],
    },
  ],
};

const formSpec = { name: spec.name, texts, pages: spec.form };

function slists(ctx: FuncContext): Record<string, SlistItem[]> {
  return {
    period: detailPeriods.map((key) => ({ key, label: texts[ctx.lang][`period_${key}`] ?? key })),
  };
}

/** The days a request covers, newest last. */
function daysOf(ctx: FuncContext, values: Record<string, string>): number[] {
  const today = Math.floor(ctx.now / dayMs) * dayMs;
  if (values.period === "other") {
    const start = Date.parse(`${values.periodstart ?? ""}T00:00:00Z`);
    const end = Date.parse(`${values.periodend ?? ""}T00:00:00Z`);
    const count = (end - start) / dayMs + 1;
    if (!(count >= 1 && count <= 366))
      throw new MgrFault(
        "value",
        "periodend",
        values.periodend ?? "",
        undefined,
        texts[ctx.lang].badrange,
      );
    return Array.from({ length: count }, (_, index) => start + index * dayMs);
  }
  const count = periodDays[(values.period ?? "currentmonth") as Period];
  // Last month ends where this month's 28 days begin.
  const end = values.period === "lastmonth" ? today - 28 * dayMs : today;
  return Array.from({ length: count }, (_, index) => end - (count - 1 - index) * dayMs);
}

function bytes(value: number): Cell {
  const rounded = Math.round(value);
  return { text: formatBytes(rounded), attrs: { orig: String(rounded) } };
}

function reportData(ctx: FuncContext, server: Server, days: number[]): Record<string, BandData> {
  const admin = callerOf(ctx).user.level >= 29;
  const daily = (direction: "rx" | "tx", day: number) =>
    dailyBytes(server.id, server.owner, direction) * (weekPattern[new Date(day).getUTCDay()] ?? 1);
  const totals = { rx: 0, tx: 0 };
  const dayRows = days.map((day) => {
    const rx = daily("rx", day);
    const tx = daily("tx", day);
    totals.rx += rx;
    totals.tx += tx;
    return { date: isoDate(day), rx: bytes(rx), tx: bytes(tx) };
  });
  const switchPorts = ctx.state.ports.filter(
    (port) =>
      port.serverId === server.id &&
      ctx.state.devices.some((device) => device.id === port.deviceId && device.kind === "switch"),
  );
  const portRows = switchPorts.map((port) => {
    const name = ctx.state.devices.find((device) => device.id === port.deviceId)?.name ?? "";
    return {
      // Customers cannot open switches: their cells lead nowhere.
      device: admin
        ? { text: name, attrs: { link: `func=switch.port&elid=${port.deviceId}` } }
        : name,
      port: port.name,
      rx: bytes(totals.rx / switchPorts.length),
      tx: bytes(totals.tx / switchPorts.length),
    };
  });
  return {
    days: {
      rows: dayRows,
      bands: { ports: { rows: portRows, bands: { errors: { rows: [] } } } },
    },
    protocols: {
      rows: protocolShares.map(([protocol, share]) => ({
        protocol,
        share: `${Math.round(share * 100)}%`,
        rx: bytes(totals.rx * share),
      })),
    },
    hours: {
      rows: hourPattern.map((factor, hour) => ({
        hour: String(hour).padStart(2, "0"),
        rx: bytes((totals.rx / days.length) * (factor / hourSum)),
      })),
    },
  };
}

export const trafficDetails: FuncDef = {
  name: "trafficdetails",
  summary:
    "Traffic of one server (elid=id) by day, port, protocol and hour; firstrun=no: built on sok=ok (period=..., or other with periodstart/periodend)",
  handle(ctx) {
    const id = singleElid(ctx);
    const server = findServer(ctx, id);
    if (!server) throw new MgrFault("missed", "server", id.slice(0, 100));
    const build = ctx.params.sok === "ok";
    const asked = ctx.params.period ?? "";
    const values: Record<string, string> = build
      ? {
          period: "currentmonth",
          ...readSubmitted(ctx, formSpec, { isNew: false, slists: slists(ctx) }),
        }
      : {
          period: (detailPeriods as readonly string[]).includes(asked) ? asked : "currentmonth",
          periodstart: ctx.params.periodstart?.slice(0, 10) ?? "",
          periodend: ctx.params.periodend?.slice(0, 10) ?? "",
        };
    const period = values.period ?? "currentmonth";
    const name = server.hostname === "free.ds" ? server.name : server.hostname;
    return renderReport(ctx, spec, {
      values: {
        period,
        periodstart: values.periodstart || isoDate(ctx.now - 6 * dayMs),
        periodend: values.periodend || isoDate(ctx.now),
      },
      slists: slists(ctx),
      elid: String(server.id),
      crumbs: [
        {
          func: "traffic",
          name: trafficTexts[ctx.lang].title ?? "",
          params: { period: period === "other" ? "currentmonth" : period },
        },
        { func: "trafficdetails", name, params: { elid: String(server.id), period } },
      ],
      // firstrun="no": the report is built once its form is submitted (sok=ok).
      bands: build ? reportData(ctx, server, daysOf(ctx, values)) : undefined,
    });
  },
};
