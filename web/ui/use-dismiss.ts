import { useEffect, type RefObject } from "react";

/**
 * Closes a popover (a panel opened from a header button) when the pointer goes down outside it
 * or Escape is pressed, as people expect of anything that opens over the page.
 */
export function useDismiss(
  root: RefObject<HTMLElement | null>,
  open: boolean,
  onClose: (byKeyboard: boolean) => void,
) {
  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) onClose(false);
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key === "Escape") onClose(true);
    };
    document.addEventListener("pointerdown", outside);
    document.addEventListener("keydown", escape);
    return () => {
      document.removeEventListener("pointerdown", outside);
      document.removeEventListener("keydown", escape);
    };
  }, [root, open, onClose]);
}
