import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";

import { pageQuery } from "../../api/queries";
import { useScope } from "../../api/scope";
import { usePrefsStore } from "../../stores/prefs-store";
import { useText } from "../../ui/lang-context";
import type { BlockModel, BlockType, PageModel } from "../../xjson/model";
import { DataTable } from "../data-table";
import { uniqueKeys } from "../keys";
import { QueryView } from "../query-view";
import { Unsupported } from "../unsupported";
import { useReportText } from "../report/report-texts";
import { funcUrl } from "../urls";
import { UrlBlock } from "./url-block";
import "./dashboard.css";
import { Link } from "../../ui/link";

const defaultRows = 5;

interface BlockProps {
  panel: string;
  block: BlockModel;
}

/** Quick links: each opens its list or form, or a new window. */
function LinksBlock({ panel, block }: BlockProps) {
  const keys = uniqueKeys(block.links, (link) => link.name);
  return (
    <ul className="block-links">
      {block.links.map((link, index) => (
        <li key={keys[index]}>
          {link.opens === "window" ? (
            <a href={funcUrl(panel, link.func)} target="_blank" rel="noopener noreferrer">
              {link.title}
            </a>
          ) : (
            <Link to={funcUrl(panel, link.func)}>{link.title}</Link>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * A list or report in brief. It asks with the page size the user's list view uses, so the
 * panel's remembered page size (§5.5) does not change and the cache is shared with that view.
 */
function DataBlock({ panel, block }: BlockProps) {
  const func = block.func ?? block.name;
  const scope = useScope();
  const pageSize = usePrefsStore((state) => state.lists[`${panel}.${func}`]?.pageSize);
  const page = useQuery(pageQuery(scope, func, pageSize ? { p_cnt: String(pageSize) } : {}));
  return (
    <QueryView query={page} compact>
      {(data) => <BlockData panel={panel} func={func} block={block} data={data} />}
    </QueryView>
  );
}

function BlockData({
  panel,
  func,
  block,
  data,
}: {
  panel: string;
  func: string;
  block: BlockModel;
  data: PageModel;
}) {
  const t = useText();
  const rt = useReportText();
  const source = data.kind === "list" ? data : data.kind === "report" ? data.bands[0] : undefined;
  if (!source)
    return (
      <Unsupported what="block" kind={data.kind}>
        {t("unsupportedPage")}
      </Unsupported>
    );
  const messages = data.kind === "list" || data.kind === "report" ? data.messages : {};
  const columns =
    block.columns.length > 0
      ? source.columns.filter((column) => block.columns.includes(column.name))
      : source.columns;
  const rows = source.rows.slice(0, block.rows ?? defaultRows);
  return (
    <>
      {rows.length === 0 ? (
        <p className="empty-state">{t("nothingHere")}</p>
      ) : (
        <DataTable columns={columns} rows={rows} messages={messages} panel={panel} compact />
      )}
      <Link className="block-more" to={funcUrl(panel, func)}>
        {rt("openAll")}
      </Link>
    </>
  );
}

/** A block of a kind this interface does not draw: a placeholder that names the kind. */
function UnsupportedBlock({ block }: BlockProps) {
  const rt = useReportText();
  const kind = block.declared ?? block.type;
  return (
    <Unsupported what="block" kind={kind}>
      {rt("unsupportedBlock", { type: kind })}
    </Unsupported>
  );
}

/**
 * A renderer for every block type the model knows (§7.2). Keyed by `BlockType`, so a type added
 * to the model without a renderer here fails the type check instead of drawing nothing.
 */
const blockRenderers = {
  toolbar: LinksBlock,
  taskbar: LinksBlock,
  list: DataBlock,
  report: DataBlock,
  url: UrlBlock,
  unsupported: UnsupportedBlock,
} satisfies Record<BlockType, (props: BlockProps) => ReactNode>;

/** One block of the dashboard with its title, drawn by its type's renderer. */
export function DashboardBlock({ panel, block }: BlockProps) {
  const Renderer = blockRenderers[block.type];
  return (
    <section className={`dashboard-block block-${block.type}`} aria-label={block.title}>
      <h2>{block.title}</h2>
      <Renderer panel={panel} block={block} />
    </section>
  );
}
