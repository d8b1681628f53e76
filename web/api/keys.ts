import type { Scope } from "./scope";

/**
 * Query keys, only ever built here, general to specific:
 * `['mgr', panel, identity, lang, func, kind, params]`. The identity scope comes first, so
 * nothing cached for one user can be read under another's key, and invalidating a scope or a
 * func (`mgrKeys.func(scope, func)`) reaches every page and filter of it.
 */
export const mgrKeys = {
  all: ["mgr"] as const,
  /** Everything one identity fetched on one panel, in every language. */
  identity: (scope: Scope) => ["mgr", scope.panel, scope.identity] as const,
  scope: (scope: Scope) => ["mgr", scope.panel, scope.identity, scope.lang] as const,
  func: (scope: Scope, func: string) => [...mgrKeys.scope(scope), func] as const,
  page: (scope: Scope, func: string, params: Record<string, string>) =>
    [...mgrKeys.func(scope, func), "page", normalizeParams(params)] as const,
};

/** Sorted, without empty values: the same view always has the same key. */
export function normalizeParams(params: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params)
      .filter(([, value]) => value !== "")
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}
