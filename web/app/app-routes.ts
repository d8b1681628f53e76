/**
 * The console's addresses, matched the way React Router matches them (case-insensitive names,
 * a trailing slash allowed, each segment decoded). There are only these, so a switch over a typed
 * result replaces `<Routes>`, whose data-router rendering declarative mode never uses and which
 * cost the first screen 3.8 KiB of gzip.
 */
export type AppRoute =
  | { route: "root" }
  | { route: "manager" }
  | { route: "login" | "key-expired" | "home"; panel: string }
  | { route: "func"; panel: string; func: string }
  | { route: "not-found" };

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** `/`, `/manager/…`, `/<panel>`, `/<panel>/login`, `/<panel>/key-expired`, `/<panel>/<func>`. */
export function appRouteOf(pathname: string): AppRoute {
  // The path starts with "/"; trailing slashes are allowed, an empty segment elsewhere is not.
  const segments = pathname.replace(/\/+$/, "").split("/").slice(1).map(decoded);
  const [first, second, ...rest] = segments;
  if (first === undefined) return { route: "root" };
  if (first.toLowerCase() === "manager") return { route: "manager" };
  if (rest.length > 0 || segments.includes("")) return { route: "not-found" };
  if (second === undefined) return { route: "home", panel: first };
  const name = second.toLowerCase();
  if (name === "login" || name === "key-expired") return { route: name, panel: first };
  return { route: "func", panel: first, func: second };
}
