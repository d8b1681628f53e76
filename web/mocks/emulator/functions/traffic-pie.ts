import type { FuncDef } from "../context";
import { renderReport, type ReportSpec } from "../documents/report";
import type { Lang, Texts } from "../i18n";
import { visibleServers } from "./server-list";
import {
  chosenPeriod,
  dailyBytes,
  formatBytes,
  periodDays,
  periodSlists,
  serverLabel,
  trafficTexts,
} from "./traffic";
import { burstForPeriod } from "./traffic-burstable";

/** The traffic report's texts without the drill-down hint: these pies lead nowhere. */
const base = (lang: Lang) =>
  Object.fromEntries(Object.entries(trafficTexts[lang]).filter(([key]) => key !== "hint_hostname"));

const pieTexts: Texts = {
  en: {
    ...base("en"),
    title: "Traffic share",
    report_info: "Each server's share of the traffic over the chosen period",
    trafficpie: "All servers",
    traff: "Share by server",
    value: "Total",
  },
  ru: {
    ...base("ru"),
    title: "Доли трафика",
    report_info: "Доля каждого сервера в трафике за выбранный период",
    trafficpie: "Все серверы",
    traff: "Доли по серверам",
    value: "Всего",
  },
};

const burstablePieTexts: Texts = {
  en: {
    ...base("en"),
    title: "Burstable traffic share",
    report_info: "Each server's share of the 95th percentiles of bandwidth over the chosen period",
    traff: "95th percentile by server",
    burst: "95th percentile, Mbit/s",
  },
  ru: {
    ...base("ru"),
    title: "Доли трафика по 95-му перцентилю",
    report_info: "Доля каждого сервера в 95-х перцентилях полосы за выбранный период",
    traff: "95-й перцентиль по серверам",
    burst: "95-й перцентиль, Мбит/с",
  },
};

const periodForm: ReportSpec["form"] = [
  { name: "main", fields: [{ name: "period", control: { kind: "select" }, required: true }] },
];

const volume = (name: string) => ({ name, sort: "digit", total: "sum", align: "right" }) as const;

const pieSpec: ReportSpec = {
  name: "trafficpie",
  texts: pieTexts,
  form: periodForm,
  bands: [
    {
      // One row (the period and its total) holding the per-server band inside its `elem`: the
      // client reads `reportdata.trafficpie.elem.traff.elem[]` (node-dcimanager lib/dcimanager.js:35).
      name: "trafficpie",
      columns: [{ name: "period" }, { name: "value", align: "right" }],
      bands: [
        {
          name: "traff",
          inRow: true,
          diagrams: [{ type: "pie", label: "hostname", data: ["value"] }],
          columns: [
            { name: "hostname", sort: "alpha" },
            volume("rx"),
            volume("tx"),
            volume("value"),
          ],
        },
      ],
    },
  ],
};

const burstablePieSpec: ReportSpec = {
  name: "trafficburstable_pie",
  texts: burstablePieTexts,
  form: periodForm,
  bands: [
    {
      // node-dcimanager lib/dcimanager.js:60 reads `reportdata.traff.elem[].hostname.$`.
      name: "traff",
      diagrams: [{ type: "pie", label: "hostname", data: ["burst"] }],
      columns: [
        { name: "hostname", sort: "alpha" },
        { name: "burst", sort: "digit", align: "right" },
      ],
    },
  ],
};

const bytesCell = (bytes: number) => ({ text: formatBytes(bytes), attrs: { orig: String(bytes) } });

/**
 * `trafficpie`: node-dcimanager calls it without parameters and looks a server up by
 * `hostname.$` among `reportdata.trafficpie.elem.traff.elem` (lib/dcimanager.js:26-50), so the
 * servers' band is inside the single row of `trafficpie`. Customers see their own servers, as
 * in `traffic` (dcimanager.md §5.2).
 */
export const trafficPie: FuncDef = {
  name: "trafficpie",
  summary:
    "Traffic share per server for a period (period=currentmonth...), a pie; rows in reportdata.trafficpie.elem.traff.elem",
  handle(ctx) {
    const period = chosenPeriod(ctx, pieSpec);
    const days = periodDays[period];
    let total = 0;
    const rows = visibleServers(ctx).map((server) => {
      const rx = dailyBytes(server.id, server.owner, "rx") * days;
      const tx = dailyBytes(server.id, server.owner, "tx") * days;
      total += rx + tx;
      return {
        id: String(server.id),
        hostname: serverLabel(server),
        rx: bytesCell(rx),
        tx: bytesCell(tx),
        value: bytesCell(rx + tx),
      };
    });
    return renderReport(ctx, pieSpec, {
      values: { period },
      slists: periodSlists(ctx, pieSpec.texts),
      bands: {
        trafficpie: {
          rows: [{ period: pieTexts[ctx.lang][`period_${period}`], value: bytesCell(total) }],
          rowBands: [{ traff: { rows } }],
        },
      },
    });
  },
};

/**
 * `trafficburstable_pie`: node-dcimanager reads `reportdata.traff.elem[].hostname.$`
 * (lib/dcimanager.js:52-77); `burst` is the plain number `trafficburstable` gives for the period.
 */
export const trafficBurstablePie: FuncDef = {
  name: "trafficburstable_pie",
  summary:
    "Burstable (95th percentile) traffic per server for a period as a pie; rows carry id, hostname and burst",
  handle(ctx) {
    const period = chosenPeriod(ctx, burstablePieSpec);
    const rows = visibleServers(ctx).map((server) => ({
      id: String(server.id),
      hostname: serverLabel(server),
      burst: String(burstForPeriod(server, period)),
    }));
    return renderReport(ctx, burstablePieSpec, {
      values: { period },
      slists: periodSlists(ctx, burstablePieSpec.texts),
      bands: { traff: { rows } },
    });
  },
};
