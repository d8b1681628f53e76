import { useText } from "../../ui/lang-context";
import type { DashboardModel } from "../../xjson/model";
import { uniqueKeys } from "../keys";
import { DashboardBlock } from "./dashboard-block";

/** The home page: quick links on top, blocks in a left and a right column below. */
export function DashboardView({ panel, dashboard }: { panel: string; dashboard: DashboardModel }) {
  const t = useText();
  const keys = uniqueKeys(dashboard.blocks, (block) => block.name);
  const region = (position: "top" | "left" | "right") =>
    dashboard.blocks.map((block, index) =>
      block.position === position ? (
        <DashboardBlock key={keys[index]} panel={panel} block={block} />
      ) : null,
    );
  return (
    <section aria-labelledby="page-title" className="dashboard-view">
      <h1 id="page-title">{dashboard.title}</h1>
      {dashboard.blocks.length === 0 ? (
        // A dashboard without blocks (and maybe without a title) still says something.
        <p className="empty-state">{t("nothingHere")}</p>
      ) : (
        <>
          <div className="dashboard-top">{region("top")}</div>
          <div className="dashboard-columns">
            <div>{region("left")}</div>
            <div>{region("right")}</div>
          </div>
        </>
      )}
    </section>
  );
}
