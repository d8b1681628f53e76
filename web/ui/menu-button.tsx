import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";

/** One entry of a menu: a disabled one says why instead of doing nothing silently. */
export interface MenuEntry {
  key: string;
  label: string;
  /** Shown under the label of a disabled entry, and its accessible description. */
  disabledReason?: string;
  title?: string;
  onSelect: () => void;
}

interface MenuButtonProps {
  label: string;
  /** Shown instead of the label, which stays the button's accessible name ("⋯"). */
  icon?: string;
  entries: MenuEntry[];
  className?: string;
  /** -1 inside a composite widget (a row of a list) that has its own tab stop. */
  tabIndex?: number;
}

/**
 * A button that opens a menu (WAI-ARIA menu button): Enter, Space or ArrowDown open it on the
 * first entry, arrows move, Home/End jump, Escape and Tab close it, a click outside closes it.
 */
export function MenuButton({ label, icon, entries, className, tabIndex }: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);

  const items = () =>
    Array.from(root.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
  const focusItem = (index: number) => {
    const all = items();
    all[(index + all.length) % all.length]?.focus();
  };

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const outside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", outside);
    return () => {
      document.removeEventListener("pointerdown", outside);
    };
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) trigger.current?.focus();
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const all = items();
    const current = all.indexOf(document.activeElement as HTMLElement);
    const moves: Record<string, () => void> = {
      ArrowDown: () => {
        focusItem(current + 1);
      },
      ArrowUp: () => {
        focusItem(current - 1);
      },
      Home: () => {
        focusItem(0);
      },
      End: () => {
        focusItem(all.length - 1);
      },
      Escape: () => {
        close(true);
      },
      Tab: () => {
        close(false);
      },
    };
    const move = moves[event.key];
    if (!move) return;
    if (event.key !== "Tab") event.preventDefault();
    move();
  };

  return (
    <div className={["menu-button", className].filter(Boolean).join(" ")} ref={root}>
      <button
        ref={trigger}
        type="button"
        className="btn btn-secondary"
        aria-haspopup="menu"
        tabIndex={tabIndex}
        aria-label={icon === undefined ? undefined : label}
        title={icon === undefined ? undefined : label}
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => {
          setOpen(!open);
        }}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown") {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        {icon === undefined ? (
          <>
            {label} <span aria-hidden="true">▾</span>
          </>
        ) : (
          <span aria-hidden="true">{icon}</span>
        )}
      </button>
      {open && (
        <div className="menu" role="menu" id={menuId} aria-label={label} onKeyDown={onMenuKey}>
          {entries.map((entry) => (
            <button
              key={entry.key}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="menu-item"
              aria-disabled={entry.disabledReason !== undefined}
              aria-description={entry.disabledReason}
              title={entry.title}
              onClick={() => {
                if (entry.disabledReason !== undefined) return;
                close(true);
                entry.onSelect();
              }}
            >
              <span>{entry.label}</span>
              {entry.disabledReason !== undefined && (
                <span className="menu-item-reason" aria-hidden="true">
                  {entry.disabledReason}
                </span>
              )}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
