import { render, screen } from "@testing-library/react";
import { Component, startTransition, Suspense, type ReactNode } from "react";
import { describe, expect, it } from "vitest";

import { lazyPageKindView, retryFailedCode } from "./page-kinds";

class Boundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <p>Could not load</p> : this.props.children;
  }
}

describe("a page kind's renderer", () => {
  it("asks for its code again after a failed load, instead of failing for good", async () => {
    let online = false;
    const kind = lazyPageKindView<{ name: string }>(() => {
      return !online
        ? Promise.reject(new Error("chunk gone"))
        : Promise.resolve(({ name }: { name: string }) => <h1>{name}</h1>);
    });
    const draw = () =>
      render(
        <Boundary>
          <Suspense fallback={<p>Loading</p>}>
            <kind.View name="Servers" />
          </Suspense>
        </Boundary>,
      );
    const first = draw();
    expect(await screen.findByText("Could not load")).toBeVisible();
    first.unmount();
    online = true;
    retryFailedCode();
    draw();
    expect(await screen.findByRole("heading", { name: "Servers" })).toBeVisible();
  });

  it("shows the failure once, and asks again only on the next navigation", async () => {
    let asked = 0;
    const kind = lazyPageKindView<object>(() => {
      asked += 1;
      return Promise.reject(new Error("chunk gone"));
    });
    const view = render(<Boundary>{null}</Boundary>);
    // A navigation draws the page in a transition, where nothing is shown until its code is here.
    startTransition(() => {
      view.rerender(
        <Boundary>
          <Suspense fallback={<p>Loading</p>}>
            <kind.View />
          </Suspense>
        </Boundary>,
      );
    });
    expect(await screen.findByText("Could not load")).toBeVisible();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(asked).toBe(1);
  });
});
