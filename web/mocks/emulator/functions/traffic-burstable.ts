import type { FuncContext, FuncDef } from "../context";
import { readSubmitted, type SlistItem } from "../documents/form";
import { renderReport, type ReportSpec } from "../documents/report";
import type { Texts } from "../i18n";
import { visibleServers } from "./server-list";
import { dailyBytes, periodDays, periods, trafficTexts, type Period } from "./traffic";

const texts: Texts = {
  en: {
    ...trafficTexts.en,
    title: "Burstable traffic",
    report_info:
      "The 95th percentile of each server's bandwidth over the period, the figure burstable billing charges",
    traff: "95th percentile by server",
    burst: "95th percentile, Mbit/s",
  },
  ru: {
    ...trafficTexts.ru,
    title: "Трафик по 95-му перцентилю",
    report_info: "95-й перцентиль полосы каждого сервера за период: по нему считается оплата",
    traff: "95-й перцентиль по серверам",
    burst: "95-й перцентиль, Мбит/с",
  },
};

const spec: ReportSpec = {
  name: "trafficburstable",
  texts,
  form: [
    { name: "main", fields: [{ name: "period", control: { kind: "select" }, required: true }] },
  ],
  bands: [
    {
      name: "traff",
      diagrams: [{ type: "histogram", label: "hostname", data: ["burst"] }],
      columns: [
        { name: "hostname", sort: "alpha" },
        { name: "burst", sort: "digit", align: "right" },
      ],
    },
  ],
};

/** The busiest five minutes that are not cut off: a deterministic share above the mean rate. */
export function burstMbits(serverId: number, owner: string): number {
  const bytesPerDay = dailyBytes(serverId, owner, "rx") + dailyBytes(serverId, owner, "tx");
  const meanMbits = (bytesPerDay * 8) / 86_400 / 1_000_000;
  return Math.round(meanMbits * (1.5 + (serverId % 4) / 4));
}

function slists(ctx: FuncContext): Record<string, SlistItem[]> {
  return {
    period: periods.map((key) => ({ key, label: texts[ctx.lang][`period_${key}`] ?? key })),
  };
}

/**
 * `trafficburstable`: billing modules ask it without parameters and read each server's `burst`
 * as a plain number by its `id` (evidence/whmcs-dcimanager.md), so both are raw cells.
 */
export const trafficBurstable: FuncDef = {
  name: "trafficburstable",
  summary: "Burstable (95th percentile) traffic per server for a period; rows carry id and burst",
  handle(ctx) {
    const formSpec = { name: spec.name, texts: spec.texts, pages: spec.form };
    const chosen =
      ctx.params.sok === "ok" || ctx.params.period
        ? readSubmitted(ctx, formSpec, { isNew: false, slists: slists(ctx) }).period
        : undefined;
    const period = (chosen ?? "currentmonth") as Period;
    // A longer period has more peaks to choose from: the percentile creeps up a little.
    const growth = 1 + Math.log10(periodDays[period]) / 10;
    const rows = visibleServers(ctx).map((server) => ({
      id: String(server.id),
      hostname: server.hostname === "free.ds" ? `${server.name} (free.ds)` : server.hostname,
      burst: String(Math.round(burstMbits(server.id, server.owner) * growth)),
    }));
    return renderReport(ctx, spec, {
      values: { period },
      slists: slists(ctx),
      bands: { traff: { rows } },
    });
  },
};
