import { startTransition, useEffect, useLayoutEffect, useState, type ReactNode } from "react";
import { Router } from "react-router";

import { browserHistory, currentLocation } from "./history";
import { navigate, type NavigateOptions } from "./navigation";

/**
 * React Router's `<Router>` over the tab's own history (`history.ts`), as `<BrowserRouter>` draws
 * it: each change of address is drawn in a transition, so a page whose code is still loading
 * leaves the one before on screen instead of a spinner.
 */
export function AppRouter({ children }: { children: ReactNode }) {
  const [location, setLocation] = useState(currentLocation);
  useLayoutEffect(
    () =>
      browserHistory.listen(() => {
        const next = currentLocation();
        startTransition(() => {
          setLocation(next);
        });
      }),
    [],
  );
  return (
    <Router location={location} navigator={browserHistory}>
      {children}
    </Router>
  );
}

/** Goes to `to` once drawn, and again whenever `to`, `replace` or `state` change (as React Router's). */
export function Navigate({ to, replace, state }: { to: string } & NavigateOptions) {
  useEffect(() => {
    navigate(to, { replace, state });
  }, [to, replace, state]);
  return null;
}
