import { mgrCall } from "./client";
import type { Scope } from "./scope";

/** The address parameters that carry a list's filter: its values, and its function when unusual. */
const valuesParam = "filter";
const funcParam = "filterfunc";

/** Names that steer a call rather than fill a filter field: never taken from an address. */
const steering = new Set([
  "func",
  "elid",
  "plid",
  "sok",
  "drop",
  "clicked_button",
  "snext",
  "sback",
  "sv_field",
  "progressid",
  "newwindow",
]);

/** The filter function of a list: `<list>.filter` (§1.4) unless the toolbar names another. */
function filterFuncOf(listFunc: string, params: Record<string, string>): string {
  const named = params[funcParam];
  // Only this list's filter may run from an address: never an action, never another list's.
  return named?.startsWith(`${listFunc}.`) && named.endsWith("filter")
    ? named
    : `${listFunc}.filter`;
}

/** The filter each list last got from an address, per panel and identity: applied once per change. */
const applied = new Map<string, string>();

/**
 * The address parameters for a list filtered with `values` through `filterFunc`, so a filtered
 * list is a link (issue #7). Empty values and steering names are left out.
 */
export function urlFilterParams(
  listFunc: string,
  filterFunc: string,
  values: Record<string, string>,
): Record<string, string | undefined> {
  const kept = new URLSearchParams();
  for (const [name, value] of Object.entries(values))
    if (value !== "" && !steering.has(name)) kept.set(name, value);
  const encoded = kept.toString();
  return {
    [valuesParam]: encoded === "" ? undefined : encoded,
    [funcParam]: encoded === "" || filterFunc === `${listFunc}.filter` ? undefined : filterFunc,
  };
}

/** The same parameters, emptied: the list without its address filter. */
export function noUrlFilter(): Record<string, undefined> {
  return { [valuesParam]: undefined, [funcParam]: undefined };
}

/** The list's own parameters, without the address filter. */
export function withoutUrlFilter(params: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).filter(([name]) => name !== valuesParam && name !== funcParam),
  );
}

/**
 * Sets the panel's filter of a list to the one carried in the address before the list is asked
 * for (the panel keeps a list's filter in the session, §5.5), once per change of the address.
 */
export async function applyUrlFilter(
  scope: Scope,
  listFunc: string,
  params: Record<string, string>,
  signal?: AbortSignal,
): Promise<void> {
  const encoded = params[valuesParam] ?? "";
  const key = `${scope.panel}|${scope.identity}|${listFunc}`;
  // Refreshes, retries and paging keep the filter the panel already has; only a change is sent.
  // An address without one drops a filter this tab set from an address before.
  if ((applied.get(key) ?? "") === encoded) return;
  const func = filterFuncOf(listFunc, params);
  if (encoded === "") {
    await mgrCall({ func, params: dropFilterParams(), signal, scope });
  } else {
    const values: Record<string, string> = {};
    for (const [name, value] of new URLSearchParams(encoded))
      if (!steering.has(name)) values[name] = value;
    await mgrCall({ func, params: { ...values, sok: "ok" }, signal, scope });
  }
  applied.set(key, encoded);
}

/** Forgets which filters came from addresses (the panel's session filters went with a logout). */
export function forgetUrlFilters(): void {
  applied.clear();
}

/** The parameters that clear a list's filter on the panel (`drop=on`, §1.2). */
export function dropFilterParams(): Record<string, string> {
  return { drop: "on", sok: "ok" };
}
