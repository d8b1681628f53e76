import { rememberView } from "../api/view-guard";

/**
 * The address of a panel function's view: `/<panel>/<func>?<params>` (every view is a URL). Only
 * functions the panel offers as views get one, so building it also records `func` as a view: an
 * address of a function that was never offered asks before opening (api/view-guard.ts).
 */
export function funcUrl(
  panel: string,
  func: string,
  params: Record<string, string | undefined> = {},
): `/${string}` {
  rememberView(panel, func);
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params))
    if (value !== undefined && value !== "") search.set(name, value);
  const query = search.toString();
  return `/${panel}/${encodeURIComponent(func)}${query ? `?${query}` : ""}`;
}

/** Where a form returns after OK or Cancel: the view it was opened from. */
export interface BackState {
  back?: string;
  /** The history entry of `back` (`entryIndex`): when it is the one before, Back returns to it. */
  backIndex?: number;
  /** The form is that list's filter: its values go into the list's address (a filter is a link). */
  filterOf?: string;
  /** The title of the view it was opened from, for the way back (breadcrumbs). */
  from?: string;
  /** What the form is about, as that view named it ("S-R01-01"): in its title and notices. */
  subject?: string;
  /**
   * What was typed into this wizard step before going on to the next (passwords left out), so
   * Back to it shows them again. History state outlives the code that wrote it: read it with
   * `typedValues` (form/form-values.ts).
   */
  values?: unknown;
  /** The run of a wizard this step belongs to (`wizard-runs.ts`). */
  wizard?: unknown;
}

/** An app address with some parameters set or, when undefined, removed. */
export function withParams(address: string, changes: Record<string, string | undefined>): string {
  const [path = "", query = ""] = address.split("?", 2);
  const search = new URLSearchParams(query);
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) search.delete(name);
    else search.set(name, value);
  }
  const next = search.toString();
  return next ? `${path}?${next}` : path;
}

/**
 * The list a form function belongs to by the naming of §1.2: `server.edit` and `server.filter`
 * belong to `server`; anything else to none.
 */
export function listFuncOf(func: string): string | undefined {
  return /^(.+)\.(edit|filter)$/.exec(func)?.[1];
}
