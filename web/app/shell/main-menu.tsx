import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { NavLink, useParams } from "react-router";

import { desktopQuery } from "../../api/queries";
import { useSessionStore } from "../../api/session-store";
import { useText } from "../../ui/lang-context";
import { Spinner } from "../../ui/spinner";
import { RequestError } from "../../views/request-error";

/** The main menu from `func=desktop`: groups and items, the current one marked, with a filter. */
export function MainMenu({ onNavigate }: { onNavigate: () => void }) {
  const t = useText();
  const { panel = "", func } = useParams();
  const lang = useSessionStore((state) => state.lang);
  const desktop = useQuery(desktopQuery(panel, lang));
  const [filter, setFilter] = useState("");

  if (desktop.isPending) return <Spinner label={t("loading")} />;
  if (desktop.isError)
    return <RequestError error={desktop.error} onRetry={() => void desktop.refetch()} />;

  const needle = filter.trim().toLowerCase();
  const groups = desktop.data.groups
    .map((group) => ({
      ...group,
      items:
        needle === "" || group.title.toLowerCase().includes(needle)
          ? group.items
          : group.items.filter((item) => item.title.toLowerCase().includes(needle)),
    }))
    .filter((group) => group.items.length > 0);

  return (
    <nav aria-label={t("mainMenu")} className="main-menu">
      <input
        type="search"
        className="menu-filter"
        aria-label={t("filterMenu")}
        placeholder={t("filterMenu")}
        value={filter}
        onChange={(event) => {
          setFilter(event.target.value);
        }}
      />
      {groups.map((group) => (
        <section key={group.name} className="menu-group" aria-label={group.title}>
          <h2>{group.title}</h2>
          <ul>
            {group.items.map((item) => (
              <li key={item.name}>
                <NavLink
                  to={`/${panel}/${encodeURIComponent(item.action)}`}
                  aria-current={item.action === func ? "page" : undefined}
                  onClick={onNavigate}
                >
                  {item.title}
                </NavLink>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
