import type { ComponentType } from "react";

import { RouteError } from "./routes/route-error";

/**
 * A route's `lazy` that never fails: when the view's code cannot be loaded (a deployment replaced
 * the chunks, the network dropped), the route shows the error message with Reload instead of
 * leaving the page blank.
 */
export function lazyView<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return async (): Promise<{ Component: ComponentType }> => {
    try {
      return { Component: pick(await load()) };
    } catch (error) {
      console.error("DCI Console: the code of a view could not be loaded", error);
      return { Component: RouteError };
    }
  };
}
