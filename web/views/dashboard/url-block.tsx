import type { BlockModel } from "../../xjson/model";
import { useReportText } from "../report/report-texts";

/**
 * A `url` block (§7.2): the page at the block's address, in a frame that may do nothing
 * (`sandbox=""`: no scripts, no forms, no top navigation, an origin of its own), with a link to
 * open it whole. An address that is neither a path of this origin nor http(s) is refused with a
 * note; the parser already decided which are (`BlockModel.url`).
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
        sandbox=""
        referrerPolicy="no-referrer"
        loading="lazy"
      />
      <a className="block-more no-print" href={block.url} target="_blank" rel="noopener noreferrer">
        {rt("openInWindow")}
      </a>
    </>
  );
}
