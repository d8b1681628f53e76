import { useQuery } from "@tanstack/react-query";
import { useState } from "react";

import { useNavigate } from "../../ui/navigation";
import { desktopQuery } from "../../api/queries";
import { useScope } from "../../api/scope";
import { useText } from "../../ui/lang-context";
import type { DesktopModel } from "../../xjson/model";
import { QueryView } from "../../views/query-view";
import { useFavouritesStore } from "../../stores/favourites-store";
import { funcUrl, listFuncOf } from "../../views/urls";
import { Link } from "../../ui/link";
import { usePlace } from "../../views/place";

/** The main menu from `func=desktop`: groups and items, the current one marked, with a filter. */
export function MainMenu({ onNavigate }: { onNavigate: () => void }) {
  const { panel, func } = usePlace();
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
  const pinned = useFavouritesStore((state) => state.funcs);
  const toggle = useFavouritesStore((state) => state.toggle);
  const everything = all.flatMap((group) => group.items);
  const favourites = pinned.flatMap((action) => {
    const item = everything.find((candidate) => candidate.action === action);
    return item ? [item] : [];
  });
  const itemProps = { panel, func, pinned, toggle, onNavigate };
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
          navigate(funcUrl(panel, first.action));
        }}
      />
      {favourites.length > 0 && needle === "" && (
        <MenuSection title={t("favourites")} items={favourites} {...itemProps} />
      )}
      {groups.map((group) => (
        <MenuSection key={group.name} title={group.title} items={group.items} {...itemProps} />
      ))}
    </nav>
  );
}

type MenuItem = DesktopModel["groups"][number]["items"][number];

interface MenuSectionProps {
  title: string;
  items: MenuItem[];
  panel: string;
  func?: string;
  pinned: string[];
  toggle: (func: string) => void;
  onNavigate: () => void;
}

/**
 * The item of the page on screen ("page"), or of the list a form on screen belongs to by the
 * naming of §1.2 (`server.edit`, `server.filter` belong to `server`): "true".
 */
function currentOf(action: string, func: string | undefined): "page" | "true" | undefined {
  if (func === action) return "page";
  return func !== undefined && listFuncOf(func) === action ? "true" : undefined;
}

/** A group of the menu: its items, each with a star that pins it to Favourites. */
function MenuSection({ title, items, panel, func, pinned, toggle, onNavigate }: MenuSectionProps) {
  const t = useText();
  return (
    <section className="menu-group" aria-label={title}>
      <h2>{title}</h2>
      <ul>
        {items.map((item) => {
          const starred = pinned.includes(item.action);
          return (
            <li key={item.name}>
              <Link
                to={funcUrl(panel, item.action)}
                aria-current={currentOf(item.action, func)}
                onClick={onNavigate}
              >
                {item.title}
              </Link>
              <button
                type="button"
                className={starred ? "menu-star starred" : "menu-star"}
                aria-pressed={starred}
                title={t(starred ? "unpin" : "pin")}
                onClick={() => {
                  toggle(item.action);
                }}
              >
                <span aria-hidden="true">{starred ? "★" : "☆"}</span>
                {/* Named by text, not aria-label: the item's own label stays unique. */}
                <span className="visually-hidden">{`${t("favourite")}: ${item.title}`}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
