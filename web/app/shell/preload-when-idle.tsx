import { useIsFetching } from "@tanstack/react-query";
import { useEffect } from "react";

/**
 * Fetches the code of `parts` once the page is drawn: when no request is under way any more and
 * the browser is next idle, so it never competes with what the first page needs. A component of
 * its own, so requests starting and ending do not draw the frame again.
 */
export function PreloadWhenIdle({ parts }: { parts: { preload: () => Promise<void> }[] }) {
  const settled = useIsFetching() === 0;
  useEffect(() => {
    if (!settled) return;
    const preload = () => {
      for (const part of parts) part.preload().catch(() => undefined);
    };
    if (typeof window.requestIdleCallback === "function") {
      const handle = window.requestIdleCallback(preload, { timeout: 3000 });
      return () => {
        window.cancelIdleCallback(handle);
      };
    }
    const timer = window.setTimeout(preload, 1000);
    return () => {
      window.clearTimeout(timer);
    };
  }, [settled, parts]);
  return null;
}
