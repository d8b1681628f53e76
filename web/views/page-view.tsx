import type { PageModel } from "../xjson/model";
import { useText } from "../ui/lang-context";
import { ListView } from "./list/list-view";

/** Picks the renderer by the page's kind; an unknown kind is a visible placeholder, never a crash. */
export function PageView({ page }: { page: PageModel }) {
  const t = useText();
  switch (page.kind) {
    case "list":
      return <ListView list={page} />;
    case "unsupported":
      return (
        <div className="placeholder" role="note">
          {t("unsupportedPage")}: {page.func || "—"} ({page.type})
        </div>
      );
  }
}
