import { Component, type ReactNode } from "react";

import { ViewCrashed } from "../../views/view-error-boundary";
import { usePlace } from "../../views/place";

/**
 * What a route shows when its code failed to load (a deployment replaced the chunks) or it threw
 * outside a view: a message with Reload and a way home, never a blank page.
 */
export function RouteError() {
  const { panel } = usePlace();
  return (
    <div className="route-error">
      <ViewCrashed home={`/${panel}`} />
    </div>
  );
}

interface BoundaryProps {
  /** The location drawn: any navigation, also to the same address, starts without the error. */
  at: string;
  children: ReactNode;
}

interface BoundaryState {
  failed: boolean;
  at: string;
}

/**
 * Catches what a route throws while drawing, so the frame around it (the menu) stays usable; the
 * next address is drawn afresh.
 */
export class RouteBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { failed: false, at: this.props.at };

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState) {
    return props.at === state.at ? null : { failed: false, at: props.at };
  }

  static getDerivedStateFromError(): Partial<BoundaryState> {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error("DCI Console: a route failed", error);
  }

  override render(): ReactNode {
    return this.state.failed ? <RouteError /> : this.props.children;
  }
}
