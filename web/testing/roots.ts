import { act } from "react";
import { createRoot, type Root } from "react-dom/client";

const mounted: { root: Root; container: HTMLElement }[] = [];

/**
 * A React root in a fresh container, as main.tsx makes one: for tests that boot the console
 * themselves (`startConsole`) rather than render a component. `unmountRoots` removes them.
 */
export function newRoot(): { root: Root; container: HTMLElement } {
  const container = document.createElement("div");
  document.body.append(container);
  const made = { root: createRoot(container), container };
  mounted.push(made);
  return made;
}

/** Unmounts and removes every root `newRoot` made (in an `afterEach`). */
export function unmountRoots(): void {
  for (const { root, container } of mounted.splice(0)) {
    act(() => {
      root.unmount();
    });
    container.remove();
  }
}
