import type { BlockModel } from "../../xjson/model";
import { useReportText } from "../report/report-texts";

/** Whether an address the parser let through is a page of the console's own origin. */
function ours(url: string): boolean {
  return new URL(url, window.location.href).origin === window.location.origin;
}

/**
 * A `url` block (§7.2): the page at the block's address in a sandboxed frame (no scripts, no
 * forms, no popups, no top navigation), with a link to open it whole. Another site's page gets
 * `sandbox=""`, an origin of its own. A page of this origin (the panel's own printout, like
 * `/dcimgr?func=session&out=print`) gets `allow-same-origin` and nothing more, as form frames
 * do: with no origin it would be sent without the session cookie and show a login error, and
 * without scripts it still cannot reach the console. An address that is neither a path of this
 * origin nor http(s) is refused with a note; the parser decided which are (`BlockModel.url`).
 */
export function UrlBlock({ block }: { block: BlockModel }) {
  const rt = useReportText();
  if (block.url === undefined)
    return (
      <p className="placeholder" role="note">
        {rt("addressRefused", { address: block.func ?? "" })}
      </p>
    );
  return (
    <>
      <iframe
        className="block-frame"
        src={block.url}
        title={block.title}
        sandbox={ours(block.url) ? "allow-same-origin" : ""}
        referrerPolicy="no-referrer"
        loading="lazy"
      />
      <a className="block-more no-print" href={block.url} target="_blank" rel="noopener noreferrer">
        {rt("openInWindow")}
      </a>
    </>
  );
}
