import { useQuery } from "@tanstack/react-query";
import { useId, useMemo, useRef, useState } from "react";

import { useNavigate } from "../../ui/navigation";
import { desktopQuery } from "../../api/queries";
import { useScope } from "../../api/scope";
import { useCommandStore } from "../../stores/command-store";
import { useText } from "../../ui/lang-context";
import { funcUrl } from "../../views/urls";
import { usePlace } from "../../views/place";
import { usePaletteText } from "./palette-texts";

interface Entry {
  id: string;
  label: string;
  kind: string;
  unavailable?: string;
  run: () => void;
}

/** The palette itself, loaded the first time it opens: nothing of it weighs on the first page. */
export function PaletteDialog({ title, onClose }: { title: string; onClose: () => void }) {
  const t = useText();
  const pt = usePaletteText();
  const { panel } = usePlace();
  const navigate = useNavigate();
  const desktop = useQuery(desktopQuery(useScope()));
  const actions = useCommandStore((state) => state.actions);
  const recent = useCommandStore((state) => state.recent);
  const [text, setText] = useState("");
  const [active, setActive] = useState(0);
  const listId = useId();
  const previous = useRef<Element | null>(document.activeElement);

  const entries = useMemo<Entry[]>(() => {
    const go = (to: string, state?: unknown) => () => navigate(to, { state });
    const menu = (desktop.data?.groups ?? []).flatMap((group) =>
      group.items.map((item) => ({
        id: `menu:${item.action}`,
        label: item.title,
        kind: group.title,
        run: go(funcUrl(panel, item.action)),
      })),
    );
    return [
      ...actions.map((action) => ({ ...action, kind: pt("paletteAction") })),
      ...recent.map((object) => ({
        id: `recent:${object.to}`,
        label: object.label,
        kind: pt("paletteRecent"),
        run: go(object.to, object.state),
      })),
      ...menu,
    ];
  }, [actions, recent, desktop.data, navigate, panel, pt]);

  const needle = text.trim().toLowerCase();
  const found = entries.filter(
    (entry) =>
      needle === "" ||
      entry.label.toLowerCase().includes(needle) ||
      entry.kind.toLowerCase().includes(needle),
  );
  const chosen = Math.min(active, Math.max(found.length - 1, 0));

  const close = () => {
    onClose();
    if (previous.current instanceof HTMLElement) previous.current.focus();
  };
  const runEntry = (entry: Entry | undefined) => {
    if (!entry || entry.unavailable !== undefined) return;
    onClose();
    entry.run();
  };

  return (
    <div
      className="dialog-backdrop"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) close();
      }}
    >
      <div className="dialog palette" role="dialog" aria-modal="true" aria-label={title}>
        <input
          autoFocus
          type="text"
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={found[chosen] ? `${listId}-${String(chosen)}` : undefined}
          aria-label={pt("paletteSearch")}
          placeholder={pt("paletteSearch")}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setActive(0);
          }}
          onKeyDown={(event) => {
            if (event.key === "ArrowDown") setActive((chosen + 1) % Math.max(found.length, 1));
            else if (event.key === "ArrowUp")
              setActive((chosen - 1 + found.length) % Math.max(found.length, 1));
            else if (event.key === "Enter") runEntry(found[chosen]);
            else if (event.key === "Escape") close();
            // The input is the palette's only stop: Tab stays in the dialog.
            else if (event.key !== "Tab") return;
            event.preventDefault();
          }}
        />
        <ul id={listId} role="listbox" aria-label={title} className="palette-list">
          {found.length === 0 && <li className="palette-empty">{t("nothingMatches")}</li>}
          {found.map((entry, index) => (
            <li
              key={entry.id}
              id={`${listId}-${String(index)}`}
              role="option"
              aria-selected={index === chosen}
              aria-disabled={entry.unavailable !== undefined}
              className="palette-option"
              onMouseDown={(event) => {
                event.preventDefault();
                runEntry(entry);
              }}
            >
              <span>{entry.label}</span>
              <span className="palette-kind">{entry.unavailable ?? entry.kind}</span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
