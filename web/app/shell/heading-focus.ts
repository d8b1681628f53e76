import { useEffect, useRef } from "react";
import { useLocation } from "react-router";

/** Focus on the page's heading, which is not in the tab order itself. */
function focusHeading(heading: HTMLElement): void {
  heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
}

/** How long after a navigation the new page's heading is waited for. */
const patienceMs = 5000;

/**
 * After a navigation to another page, focus goes to the new page's heading (`#page-title`), so a screen reader
 * says where one landed and Tab starts from the page, unless the user already moved focus into
 * the page meanwhile. The heading often appears only once the panel answered: it is waited for.
 */
export function useHeadingFocus() {
  // Another page, not another sort or page of the same list: that keeps focus where it was.
  const { pathname } = useLocation();
  // The heading of the page before: the next page's is any other. Read when the effect runs, the
  // heading would miss a page drawn from the cache, whose heading is already there by then.
  const seen = useRef<Element | null>(null);
  useEffect(() => {
    const main = document.getElementById("main");
    if (!main) return;
    const stale = seen.current;
    const tryFocus = () => {
      const heading = main.querySelector<HTMLElement>("#page-title");
      if (!heading || heading === stale) return false;
      seen.current = heading;
      const active = document.activeElement;
      if (active && active !== document.body && main.contains(active)) return true;
      focusHeading(heading);
      return true;
    };
    if (tryFocus()) return;
    const observer = new MutationObserver(() => {
      if (tryFocus()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    const timer = window.setTimeout(() => {
      observer.disconnect();
    }, patienceMs);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [pathname]);
}

/**
 * Focus that was inside the page and went with the element that had it (the pager's Next while
 * the next page loads, a filter's Reset once the filter is gone, a list drawn anew after Back)
 * goes to the page's heading, as soon as there is one, instead of to the document's start.
 */
export function useFocusRescue() {
  useEffect(() => {
    const main = document.getElementById("main");
    if (!main) return;
    let lost: Element | undefined;
    const onFocusIn = (event: FocusEvent) => {
      lost = main.contains(event.target as Node) ? (event.target as Element) : undefined;
    };
    const observer = new MutationObserver(() => {
      if (!lost || lost.isConnected || document.activeElement !== document.body) return;
      const heading = main.querySelector<HTMLElement>("#page-title");
      if (!heading) return;
      lost = undefined;
      focusHeading(heading);
    });
    document.addEventListener("focusin", onFocusIn);
    observer.observe(main, { childList: true, subtree: true });
    return () => {
      document.removeEventListener("focusin", onFocusIn);
      observer.disconnect();
    };
  }, []);
}
