import { lazy, Suspense, type ComponentType } from "react";

import { useText } from "../../ui/lang-context";
import type { DiagramType } from "../../xjson/model";
import { Unsupported } from "../unsupported";
import type { ChartProps } from "./chart-scale";
import { useReportText } from "./report-texts";

// Each kind of chart is its own chunk, fetched the first time a report draws one: the first
// screen of the app carries none of them.
const BarChart = lazy(async () => ({ default: (await import("./bar-chart")).BarChart }));
const LineChart = lazy(async () => ({ default: (await import("./line-chart")).LineChart }));
const PieChart = lazy(async () => ({ default: (await import("./pie-chart")).PieChart }));

function UnsupportedChart({ diagram }: ChartProps) {
  const rt = useReportText();
  return (
    <Unsupported what="diagram" kind={diagram.declared} className="chart">
      {rt("unsupportedChart", { type: diagram.declared })}
    </Unsupported>
  );
}

/** A renderer for every diagram type the model knows: a type without one fails the type check. */
const chartRenderers = {
  bar: BarChart,
  line: LineChart,
  pie: PieChart,
  unsupported: UnsupportedChart,
} satisfies Record<DiagramType, ComponentType<ChartProps>>;

/** One diagram of a band, drawn by its type's renderer once that has loaded. */
export function Chart(props: ChartProps) {
  const t = useText();
  const Renderer = chartRenderers[props.diagram.type];
  return (
    <Suspense fallback={<p className="chart">{t("loading")}</p>}>
      <Renderer {...props} />
    </Suspense>
  );
}
