import { useLayoutEffect, type RefObject } from "react";

/** Values longer than this many characters are cut short rather than widen their column. */
const longestShown = 36;

/**
 * Keeps a long page's column widths still while it scrolls: the rows in view change, and with
 * them the widest value of each column, so the widths first drawn are fixed (`table-layout:
 * fixed`) and longer values are cut short with their whole text on hover. Measured again when
 * the columns or the window's width change.
 */
export function useSteadyColumns(
  grid: RefObject<HTMLTableElement | null>,
  enabled: boolean,
  columnsKey: string,
  /** The longest value of each column over every row of the page, in characters. */
  longest: () => number[],
) {
  useLayoutEffect(() => {
    const table = grid.current;
    if (!enabled || !table) return;
    const heads = () => [...table.querySelectorAll<HTMLElement>(":scope > thead > tr > th")];
    const release = () => {
      table.classList.remove("steady-columns");
      for (const head of heads()) head.style.width = "";
    };
    const fix = () => {
      release();
      // Room for the longest value of the whole page, not only of the rows drawn first, up to a
      // point: beyond it a value is cut short.
      const chars = longest();
      heads().forEach((head, index) => {
        const wanted = Math.min(chars[index - 1] ?? 0, longestShown);
        head.style.width = wanted > 0 ? `${String(wanted + 2)}ch` : "";
      });
      const widths = heads().map((head) => head.getBoundingClientRect().width);
      heads().forEach((head, index) => {
        head.style.width = `${String(widths[index] ?? 0)}px`;
      });
      table.classList.add("steady-columns");
    };
    fix();
    let frame = 0;
    let lastWidth = window.innerWidth;
    const resized = () => {
      if (window.innerWidth === lastWidth) return;
      lastWidth = window.innerWidth;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(fix);
    };
    window.addEventListener("resize", resized);
    return () => {
      window.removeEventListener("resize", resized);
      cancelAnimationFrame(frame);
      release();
    };
  }, [grid, enabled, columnsKey, longest]);
}
