/**
 * Query keys, only ever built here: `['mgr', panel, func, kind, params]`, general to specific,
 * so invalidating a func (`mgrKeys.func(panel, func)`) reaches every page and filter of it.
 */
export const mgrKeys = {
  all: ["mgr"] as const,
  panel: (panel: string) => ["mgr", panel] as const,
  func: (panel: string, func: string) => ["mgr", panel, func] as const,
  page: (panel: string, func: string, lang: string, params: Record<string, string>) =>
    ["mgr", panel, func, "page", lang, normalizeParams(params)] as const,
};

/** Sorted, without empty values: the same view always has the same key. */
export function normalizeParams(params: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params)
      .filter(([, value]) => value !== "")
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}
