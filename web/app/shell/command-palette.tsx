import { lazy, Suspense, useEffect, useState } from "react";

import { useText } from "../../ui/lang-context";

const PaletteDialog = lazy(async () => ({
  default: (await import("./palette-dialog")).PaletteDialog,
}));

/** Ctrl+K, or / outside a text field: the palette opens. */
function isOpenKey(event: KeyboardEvent): boolean {
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "k") return true;
  if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return false;
  const target = event.target as HTMLElement | null;
  return !target?.closest("input, textarea, select, [contenteditable='true']");
}

/**
 * The command palette: every menu item, the actions of the list on screen for its selection and
 * the objects opened lately, found by typing; arrows choose, Enter runs, Escape closes.
 */
export function CommandPalette() {
  const t = useText();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // Not over a dialog that waits for an answer (a confirmation, signing in again).
      if (!isOpenKey(event) || document.querySelector('[role="dialog"]')) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener("keydown", onKey);
    return () => {
      window.removeEventListener("keydown", onKey);
    };
  }, []);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <PaletteDialog
        title={t("commandPalette")}
        onClose={() => {
          setOpen(false);
        }}
      />
    </Suspense>
  );
}
