import { panelFromPath } from "./config";

/** A key-login navigation from billing: `/<panel>?func=auth&username=U&key=K[&startform=...]`. */
export interface KeyLogin {
  panel: string;
  username: string;
  key: string;
  /** Where to go once signed in: `startform` or `startpage`, with `elid`. */
  start?: string;
  elid?: string;
}

let pending: KeyLogin | undefined;

/**
 * Takes the one-time key out of the address bar before anything else runs: the history entry is
 * replaced, so the key is neither in history nor sent anywhere but to `func=auth`. True when
 * there was one.
 */
export function captureKeyLogin(location: Location = window.location): boolean {
  // Billing sends customers to the panel endpoint itself, never to a view of it.
  const depth = location.pathname.split("/").filter(Boolean).length;
  const panel = panelFromPath(location.pathname);
  const endpoint = depth === 1 || (depth === 2 && location.pathname.startsWith("/manager/"));
  const params = new URLSearchParams(location.search);
  const key = params.get("key");
  if (panel === undefined || !endpoint || params.get("func") !== "auth" || !key) return false;
  pending = {
    panel,
    username: params.get("username") ?? "",
    key,
    start: params.get("startform") ?? params.get("startpage") ?? undefined,
    elid: params.get("elid") ?? undefined,
  };
  window.history.replaceState(null, "", `/${panel}`);
  return true;
}

/** The captured key login, once. */
export function takeKeyLogin(panel: string): KeyLogin | undefined {
  if (pending?.panel !== panel) return undefined;
  const login = pending;
  pending = undefined;
  return login;
}
