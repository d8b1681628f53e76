/**
 * Which panel functions are views, as far as this tab knows. Opening a function is a request for
 * it, and many act as soon as they are asked (`server.poweroff&elid=1` needs no `sok`), so an
 * address alone must never run one: a link someone sends an operator could. A function counts as
 * a view when the panel offered it as one (the menu, a toolbar button that opens a view, a
 * breadcrumb, a notification, a dashboard link, a follow-up) or when its name says so
 * (`<object>.edit`, `<object>.filter`, §1.2). Kept in the tab's sessionStorage, so reloads work.
 */
const storageKey = "dci-console.views";

/** Parameters that make a function act rather than show: never taken from an address. */
export const actingParams = ["sok", "clicked_button", "snext", "sback", "sv_field", "drop"];

let parsed: { raw: string; views: Set<string> } | undefined;

/**
 * The remembered views. Every link drawn asks (funcUrl), so the stored list is parsed again only
 * when its text changed (another tab's copy, a cleared storage), not on every call.
 */
function load(): Set<string> {
  let raw: string;
  try {
    raw = sessionStorage.getItem(storageKey) ?? "[]";
  } catch {
    return new Set();
  }
  if (parsed?.raw === raw) return parsed.views;
  let views: Set<string>;
  try {
    const list: unknown = JSON.parse(raw);
    views = new Set(Array.isArray(list) ? list.filter((item) => typeof item === "string") : []);
  } catch {
    views = new Set();
  }
  parsed = { raw, views };
  return views;
}

/** Notes that the panel offered `func` as a view. */
export function rememberView(panel: string, func: string): void {
  const key = `${panel}/${func}`;
  if (load().has(key)) return;
  const views = new Set(load()).add(key);
  try {
    sessionStorage.setItem(storageKey, JSON.stringify([...views].slice(-2000)));
  } catch {
    // Without storage the tab only asks once more after a reload.
  }
}

/**
 * Notes that `func` acted when it was opened (it answered `ok`): an address never opens it again
 * without asking, not on a reload, not on Back.
 */
export function forgetView(panel: string, func: string): void {
  const key = `${panel}/${func}`;
  if (!load().has(key)) return;
  const views = new Set(load());
  views.delete(key);
  try {
    sessionStorage.setItem(storageKey, JSON.stringify([...views]));
  } catch {
    // Without storage nothing was remembered either.
  }
}

/** Whether an address may open `func` without asking the user first. */
export function isKnownView(panel: string, func: string): boolean {
  return /\.(edit|filter)$/.test(func) || load().has(`${panel}/${func}`);
}

/** The parameters of an address that a view may be asked with: acting ones are dropped. */
export function viewParams(params: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params).filter(([name]) => !actingParams.includes(name)),
  );
}
