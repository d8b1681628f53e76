import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";

import { notifyQuery } from "../../api/queries";
import { useSessionStore } from "../../api/session-store";
import { funcUrl } from "../../views/urls";

/** The panel's notification badges in the header; each opens what it counts. */
export function Notifications() {
  const { panel = "" } = useParams();
  const lang = useSessionStore((state) => state.lang);
  const notify = useQuery(notifyQuery(panel, lang));
  const items = notify.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <ul className="notifications" aria-live="polite">
      {items.map((item) => (
        <li key={item.name}>
          {item.action ? (
            <Link
              to={funcUrl(panel, item.action)}
              title={item.hint}
              aria-label={`${item.hint}: ${item.text}`}
            >
              <span className="badge">{item.text}</span>
            </Link>
          ) : (
            <span className="badge" title={item.hint} aria-label={`${item.hint}: ${item.text}`}>
              {item.text}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
