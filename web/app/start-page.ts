/**
 * The start page the panel named the last time this identity signed in on this browser, and the
 * kind of page the menu said it is, so the next sign-in can ask for it together with the main
 * menu instead of after it (one round trip after `auth`). Only ever a hint: the menu's
 * `startpage` decides where the tab goes, and only a function the panel itself offered as the
 * start page is remembered.
 */
const prefix = "dci-console.start.";

export interface StartPage {
  func: string;
  /** The menu item's `type` (list, form, report...), when the menu has the item. */
  kind?: string;
}

/** An identity known only by its session (`#<id>`) is never a storage key: no session id is stored. */
export function storable(identity: string): boolean {
  return identity !== "" && !identity.startsWith("#");
}

export function rememberedStartPage(panel: string, identity: string): StartPage | undefined {
  if (!storable(identity)) return undefined;
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(`${prefix}${panel}.${identity}`) ?? "");
    if (typeof stored !== "object" || stored === null) return undefined;
    const { func, kind } = stored as Record<string, unknown>;
    if (typeof func !== "string" || func === "") return undefined;
    return { func, kind: typeof kind === "string" ? kind : undefined };
  } catch {
    return undefined;
  }
}

export function rememberStartPage(panel: string, identity: string, start: StartPage): void {
  if (!storable(identity)) return;
  try {
    localStorage.setItem(`${prefix}${panel}.${identity}`, JSON.stringify(start));
  } catch {
    // Without storage the next sign-in waits for the menu, as the first one did.
  }
}
