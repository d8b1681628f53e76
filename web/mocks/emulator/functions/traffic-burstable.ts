import type { FuncDef } from "../context";
import { renderReport, type ReportSpec } from "../documents/report";
import type { Texts } from "../i18n";
import { visibleServers } from "./server-list";
import type { Server } from "../state";
import {
  chosenPeriod,
  dailyBytes,
  periodDays,
  periodSlists,
  serverLabel,
  trafficTexts,
  type Period,
} from "./traffic";

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

/**
 * A server's 95th percentile over a period in Mbit/s, as `trafficburstable` gives it: a longer
 * period has more peaks to choose from, so the figure creeps up with its length.
 */
export function burstForPeriod(server: Server, period: Period): number {
  return Math.round(
    burstMbits(server.id, server.owner) * (1 + Math.log10(periodDays[period]) / 10),
  );
}

/**
 * `trafficburstable`: billing modules ask it without parameters and read each server's `burst`
 * as a plain number by its `id` (evidence/whmcs-dcimanager.md), so both are raw cells.
 */
export const trafficBurstable: FuncDef = {
  name: "trafficburstable",
  summary: "Burstable (95th percentile) traffic per server for a period; rows carry id and burst",
  handle(ctx) {
    const period = chosenPeriod(ctx, spec);
    const rows = visibleServers(ctx).map((server) => ({
      id: String(server.id),
      hostname: serverLabel(server),
      burst: String(burstForPeriod(server, period)),
    }));
    return renderReport(ctx, spec, {
      values: { period },
      slists: periodSlists(ctx, texts),
      bands: { traff: { rows } },
    });
  },
};
