import { useQuery } from "@tanstack/react-query";

import { notifyQuery } from "../../api/queries";
import { useScope } from "../../api/scope";
import { Button } from "../../ui/button";
import { useText } from "../../ui/lang-context";
import { Tooltip } from "../../ui/tooltip";
import { urlFilterParams } from "../../api/list-filter";
import { funcUrl } from "../../views/urls";
import { Link } from "../../ui/link";
import { usePlace } from "../../views/place";

/**
 * The panel's notification badges in the header; each opens what it counts. A failed poll keeps
 * the last badges and says they may be out of date, with a retry.
 */
export function Notifications() {
  const t = useText();
  const { panel } = usePlace();
  const notify = useQuery(notifyQuery(useScope()));
  const items = notify.data?.items ?? [];
  const stale = notify.isError;
  if (items.length === 0 && !stale) return null;
  return (
    <ul className="notifications" aria-live="polite">
      {items.map((item) => (
        <li key={item.name}>
          <Tooltip text={item.hint} describes={false}>
            {item.action ? (
              <Link
                to={funcUrl(
                  panel,
                  item.action,
                  item.filter && urlFilterParams(item.action, `${item.action}.filter`, item.filter),
                )}
                aria-label={`${item.hint}: ${item.text}`}
              >
                <span className="badge">{item.text}</span>
                <span className="badge-label" aria-hidden="true">
                  {item.hint}
                </span>
              </Link>
            ) : (
              <span className="badge" aria-label={`${item.hint}: ${item.text}`}>
                {item.text}
              </span>
            )}
          </Tooltip>
        </li>
      ))}
      {stale && (
        <li>
          <Tooltip text={t("notificationsStale")} describes={false}>
            <Button
              variant="ghost"
              className="notifications-stale"
              aria-label={`${t("notificationsStale")}: ${t("retry")}`}
              onClick={() => void notify.refetch()}
            >
              ⚠
            </Button>
          </Tooltip>
        </li>
      )}
    </ul>
  );
}
