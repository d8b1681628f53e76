import type { DashboardModel } from "../../xjson/model";
import { DashboardBlock } from "./dashboard-block";

/** The home page: quick links on top, blocks in a left and a right column below. */
export function DashboardView({ panel, dashboard }: { panel: string; dashboard: DashboardModel }) {
  const region = (position: "top" | "left" | "right") =>
    dashboard.blocks
      .filter((block) => block.position === position)
      .map((block) => <DashboardBlock key={block.name} panel={panel} block={block} />);
  return (
    <section aria-labelledby="page-title" className="dashboard-view">
      <h1 id="page-title">{dashboard.title}</h1>
      <div className="dashboard-top">{region("top")}</div>
      <div className="dashboard-columns">
        <div>{region("left")}</div>
        <div>{region("right")}</div>
      </div>
    </section>
  );
}
