import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { NavLink, useNavigate, useParams } from "react-router";

import { desktopQuery } from "../../api/queries";
import { useScope } from "../../api/scope";
import { useText } from "../../ui/lang-context";
import type { DesktopModel } from "../../xjson/model";
import { QueryView } from "../../views/query-view";
import { funcUrl } from "../../views/urls";

/** The main menu from `func=desktop`: groups and items, the current one marked, with a filter. */
export function MainMenu({ onNavigate }: { onNavigate: () => void }) {
  const { panel = "", func } = useParams();
  const desktop = useQuery(desktopQuery(useScope()));
  const [filter, setFilter] = useState("");

  return (
    <QueryView query={desktop} compact>
      {(data) => (
        <MenuGroups
          panel={panel}
          func={func}
          groups={data.groups}
          filter={filter}
          setFilter={setFilter}
          onNavigate={onNavigate}
        />
      )}
    </QueryView>
  );
}

interface MenuGroupsProps {
  panel: string;
  func?: string;
  groups: DesktopModel["groups"];
  filter: string;
  setFilter: (filter: string) => void;
  onNavigate: () => void;
}

function MenuGroups({ panel, func, groups: all, filter, setFilter, onNavigate }: MenuGroupsProps) {
  const t = useText();
  const navigate = useNavigate();
  const needle = filter.trim().toLowerCase();
  const groups = all
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
        onKeyDown={(event) => {
          // Enter opens the first match: type "swi", Enter, and the switches are open.
          const first = groups[0]?.items[0];
          if (event.key !== "Enter" || !first || needle === "") return;
          event.preventDefault();
          setFilter("");
          onNavigate();
          void navigate(funcUrl(panel, first.action));
        }}
      />
      {groups.map((group) => (
        <section key={group.name} className="menu-group" aria-label={group.title}>
          <h2>{group.title}</h2>
          <ul>
            {group.items.map((item) => (
              <li key={item.name}>
                <NavLink
                  to={funcUrl(panel, item.action)}
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
