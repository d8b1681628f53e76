import { useEffect, useState } from "react";
import { flushSync } from "react-dom";

const printMedia = () =>
  typeof window.matchMedia === "function" ? window.matchMedia("print") : undefined;

/**
 * Whether the page is being printed: from `beforeprint` (Ctrl+P, the Print button) until
 * `afterprint`, or while print media is emulated. The change is drawn at once (`flushSync`), so
 * the printout has it: a long list prints every row, not the few a virtual table keeps.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => printMedia()?.matches ?? false);
  useEffect(() => {
    const media = printMedia();
    const start = () => {
      flushSync(() => {
        setPrinting(true);
      });
    };
    const end = () => {
      setPrinting(false);
    };
    const change = (event: MediaQueryListEvent) => {
      if (event.matches) start();
      else end();
    };
    window.addEventListener("beforeprint", start);
    window.addEventListener("afterprint", end);
    media?.addEventListener("change", change);
    return () => {
      window.removeEventListener("beforeprint", start);
      window.removeEventListener("afterprint", end);
      media?.removeEventListener("change", change);
    };
  }, []);
  return printing;
}
