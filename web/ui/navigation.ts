import { useCallback, useMemo } from "react";
import { useLocation } from "react-router";

import { browserHistory } from "./history";

export interface NavigateOptions {
  /** Replaces the current history entry instead of adding one. */
  replace?: boolean;
  /** The entry's state (`useLocation().state`): where Back leads, what a form was opened from. */
  state?: unknown;
}

/**
 * Goes to an address inside the app (a path from its root; anything else throws, as React
 * Router's `navigate` does), or moves through history by a number of entries.
 */
export function navigate(to: string | number, { replace = false, state }: NavigateOptions = {}) {
  if (typeof to === "number") browserHistory.go(to);
  else if (replace) browserHistory.replace(to, state);
  else browserHistory.push(to, state);
}

/** `navigate`, as a hook where a component navigates; the same function on every render. */
export function useNavigate(): typeof navigate {
  return navigate;
}

/**
 * The query of the current address, and a way to change it: a new history entry at the same path
 * (React Router's `useSearchParams`, without its default values, which the console never gives).
 */
export function useSearchParams() {
  const { pathname, search } = useLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const setParams = useCallback(
    (
      next: URLSearchParams | ((current: URLSearchParams) => URLSearchParams),
      options?: NavigateOptions,
    ) => {
      const query = (
        typeof next === "function" ? next(new URLSearchParams(params)) : next
      ).toString();
      navigate(query ? `${pathname}?${query}` : pathname, options);
    },
    [pathname, params],
  );
  return [params, setParams] as const;
}
