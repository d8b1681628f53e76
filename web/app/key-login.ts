import { panelFromPath } from "./config";

/** A key-login navigation from billing: `/<panel>?func=auth&username=U&key=K[&startform=...]`. */
export interface KeyLogin {
  panel: string;
  username: string;
  key: string;
  /** The billing page the customer came from, when the browser said (http(s), another site). */
  referrer?: string;
  /** Where to go once signed in: `startform` or `startpage`, with `elid`. */
  start?: string;
  elid?: string;
}

/**
 * A link to the panel endpoint naming a function: `/<panel>?func=F&elid=N[&auth=<sid>]`, as
 * billing modules build for customers (the IPMI console: `func=ipmiredirect&newwindow=yes`).
 */
export interface FuncLink {
  panel: string;
  func: string;
  params: Record<string, string>;
  /** A session the link hands over (`auth=`), taken out of the address like a key. */
  session?: string;
  /** The billing page the link was followed from, as for a key login. */
  referrer?: string;
}

let pending: KeyLogin | undefined;
let pendingLink: FuncLink | undefined;

/** Parameters of a link that are about the window or the session, not the function. */
const linkOnly = new Set(["func", "auth", "newwindow", "out", "sfrom", "lang"]);

/** The page that sent the customer here, if it is a web page of another site (the billing). */
function billingReferrer(): string | undefined {
  try {
    const from = new URL(document.referrer);
    const web = from.protocol === "https:" || from.protocol === "http:";
    return web && from.origin !== window.location.origin ? from.href : undefined;
  } catch {
    return undefined;
  }
}

function endpointPanel(location: Location): string | undefined {
  // Billing sends customers to the panel endpoint itself, never to a view of it.
  const depth = location.pathname.split("/").filter(Boolean).length;
  const endpoint = depth === 1 || (depth === 2 && location.pathname.startsWith("/manager/"));
  return endpoint ? panelFromPath(location.pathname) : undefined;
}

/**
 * Takes the one-time key out of the address bar before anything else runs: the history entry is
 * replaced, so the key is neither in history nor sent anywhere but to `func=auth`. True when
 * there was one.
 */
export function captureKeyLogin(location: Location = window.location): boolean {
  const panel = endpointPanel(location);
  const params = new URLSearchParams(location.search);
  const key = params.get("key");
  if (panel === undefined || params.get("func") !== "auth" || !key) return false;
  pending = {
    panel,
    username: params.get("username") ?? "",
    key,
    start: params.get("startform") ?? params.get("startpage") ?? undefined,
    elid: params.get("elid") ?? undefined,
    referrer: billingReferrer(),
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

/**
 * Takes a function link out of the address bar (its session id with it) before anything runs.
 * The function opens once signed in, through the view guard like any address typed by hand.
 */
export function captureFuncLink(location: Location = window.location): FuncLink | undefined {
  const panel = endpointPanel(location);
  const params = new URLSearchParams(location.search);
  const func = params.get("func");
  if (panel === undefined || !func || func === "auth") return undefined;
  const rest: Record<string, string> = {};
  for (const [name, value] of params) if (!linkOnly.has(name)) rest[name] = value;
  pendingLink = {
    panel,
    func,
    params: rest,
    session: params.get("auth") || undefined,
    referrer: billingReferrer(),
  };
  window.history.replaceState(null, "", `/${panel}`);
  return pendingLink;
}

/** The captured function link, once. */
export function takeFuncLink(panel: string): FuncLink | undefined {
  if (pendingLink?.panel !== panel) return undefined;
  const link = pendingLink;
  pendingLink = undefined;
  return link;
}
