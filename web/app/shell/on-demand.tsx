import { useIsFetching } from "@tanstack/react-query";
import { Component, Suspense, useEffect, type ComponentType, type ReactNode } from "react";

import { lazyPageKindView } from "../../views/page-kinds";

/** Shows nothing in place of a part whose code could not be loaded, and logs why. */
class Quiet extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error("DCI Console: a part of the frame could not be loaded", error);
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}

/**
 * A part of the frame that only some moments need (the Tasks panel, the sign-in-again dialog): its
 * code is a chunk of its own, not part of the first page, fetched once the browser is idle after
 * the page is drawn, or at once when the part is needed first.
 */
export function onDemand(load: () => Promise<ComponentType>) {
  const part = lazyPageKindView<object>(load);
  function Part() {
    return (
      <Quiet>
        <Suspense fallback={null}>
          <part.View />
        </Suspense>
      </Quiet>
    );
  }
  return { Part, preload: part.preload };
}

/**
 * Fetches the code of `parts` once the page is drawn: when no request is under way any more and
 * the browser is next idle, so it never competes with what the first page needs.
 */
export function usePreloadWhenIdle(...parts: { preload: () => Promise<void> }[]): void {
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
    // The parts are module constants.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settled]);
}
