import type { CrumbModel } from "../xjson/model";
import { useText } from "../ui/lang-context";
import { funcUrl } from "./urls";
import { Link } from "../ui/link";

/** The path to a sub-list (§7.4): every step but the last is a link that re-opens it. */
export function Breadcrumbs({ panel, crumbs }: { panel: string; crumbs: CrumbModel[] }) {
  const t = useText();
  if (crumbs.length < 2) return null;
  return (
    <nav aria-label={t("breadcrumbs")} className="breadcrumbs no-print">
      <ol>
        {crumbs.map((crumb, index) => (
          <li key={`${crumb.func}-${index}`}>
            {index < crumbs.length - 1 ? (
              <Link to={funcUrl(panel, crumb.func, crumb.params)}>{crumb.name}</Link>
            ) : (
              <span aria-current="page">{crumb.name}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
