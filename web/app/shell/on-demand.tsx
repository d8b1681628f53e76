import { Component, Suspense, type ComponentType, type ReactNode } from "react";
import { useLocation } from "react-router";

import { lazyPageKindView, retryFailedCode } from "../../views/page-kinds";
import { useOnNavigation } from "../route-prefetch";

interface QuietProps {
  /** What stands in for the part when its code could not be loaded. */
  fallback: ReactNode;
  /** The location: a navigation tries the part again. */
  at: string;
  children: ReactNode;
}

/** Shows `fallback` in place of a part whose code could not be loaded, and logs why. */
class Quiet extends Component<QuietProps, { failed: boolean; at: string }> {
  override state = { failed: false, at: this.props.at };

  static getDerivedStateFromProps(props: QuietProps, state: { failed: boolean; at: string }) {
    return props.at === state.at ? null : { failed: false, at: props.at };
  }

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error("DCI Console: a part of the frame could not be loaded", error);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/**
 * A part of the frame that only some moments need (the Tasks panel, the sign-in-again dialog): its
 * code is a chunk of its own, not part of the first page, fetched once the browser is idle after
 * the page is drawn, or at once when the part is needed first.
 */
export function onDemand(load: () => Promise<ComponentType>) {
  const part = lazyPageKindView<object>(load);
  function Part({ fallback = null }: { fallback?: ReactNode }) {
    const { key } = useLocation();
    // Drawn before the page in the frame: the code that failed is asked for again from here too.
    useOnNavigation(key, retryFailedCode);
    return (
      <Quiet fallback={fallback} at={key}>
        <Suspense fallback={null}>
          <part.View />
        </Suspense>
      </Quiet>
    );
  }
  return { Part, preload: part.preload };
}
