import type { QueryClient } from "@tanstack/react-query";
import { redirect, type LoaderFunctionArgs } from "react-router";

import { desktopQuery, pageQuery } from "../api/queries";
import { currentScope, type Scope } from "../api/scope";
import { useSessionStore } from "../api/session-store";
import { usePrefsStore } from "../stores/prefs-store";
import { preloadPageKind } from "../views/page-kinds";
import { funcUrl } from "../views/urls";
import type { DesktopModel } from "../xjson/model";
import { startPageHint } from "./config";
import { funcLinkOpening } from "./key-login";
import { offeredAsView, viewRequest } from "./routes/view-request";
import { loadFuncRoute } from "./signed-in-code";
import { rememberedStartPage, rememberStartPage } from "./start-page";

/**
 * Loaders start a view's panel requests with the navigation, in parallel with loading the route's
 * code, into the same query keys the views read. They never block on a page (the view shows its
 * own progress and errors), never ask while signed out, and ask a function only when the view
 * would: the view guard is the same check (`offeredAsView`).
 */

/** A prefetch that fails leaves its error in the cache, where the view shows it. */
function ignore(): void {
  // The view reads the query's state.
}

function signedIn(): boolean {
  return useSessionStore.getState().status === "active";
}

/** The start page of a menu: its `startpage`, else its first item. */
export function startOf(desktop: DesktopModel): string | undefined {
  return desktop.startpage ?? desktop.groups[0]?.items[0]?.action;
}

/** The kind of page the menu says `func` opens (its item's `type`), if it has the item. */
function kindOf(desktop: DesktopModel | undefined, func: string): string | undefined {
  for (const group of desktop?.groups ?? [])
    for (const item of group.items) if (item.action === func) return item.type;
  return undefined;
}

function prefetchView(
  client: QueryClient,
  scope: Scope,
  func: string,
  search: URLSearchParams,
): void {
  const savedPageSize = usePrefsStore.getState().lists[`${scope.panel}.${func}`]?.pageSize;
  client.query(pageQuery(scope, func, viewRequest(search, savedPageSize))).catch(ignore);
}

/**
 * `/<panel>`: asks for the menu, and at the same time for the start page this identity had last
 * time and the code that draws it; then goes to the menu's start page. A menu that cannot be had
 * leaves the home route to show why.
 */
export function homeLoader(client: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const panel = params.panel ?? "";
    if (funcLinkOpening() || !signedIn()) return null;
    const scope = currentScope();
    // The start page is nearly always a function's view: its code loads meanwhile.
    void loadFuncRoute().catch(() => undefined);
    const hint = rememberedStartPage(panel, scope.identity) ?? startPageHint(panel);
    if (hint !== undefined) {
      preloadPageKind(hint.kind);
      prefetchView(client, scope, hint.func, new URLSearchParams());
    }
    let desktop: DesktopModel;
    try {
      desktop = await client.query({ ...desktopQuery(scope), staleTime: "static" });
    } catch {
      return null;
    }
    const start = startOf(desktop);
    if (start === undefined) return null;
    rememberStartPage(panel, scope.identity, { func: start, kind: kindOf(desktop, start) });
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- react-router redirects by throwing a Response
    throw redirect(funcUrl(panel, start));
  };
}

/**
 * `/<panel>/<func>?...`: the menu (the frame and the view guard need it) and the page itself,
 * once it is known to be a view; a function never offered waits for the user's answer instead.
 */
export function funcLoader(client: QueryClient) {
  return ({ params, request }: LoaderFunctionArgs) => {
    const panel = params.panel ?? "";
    const func = params.func ?? "";
    if (!signedIn()) return null;
    const scope = currentScope();
    const search = new URL(request.url).searchParams;
    void (async () => {
      let desktop: DesktopModel | undefined;
      if (!offeredAsView(panel, func, undefined))
        desktop = await client
          .query({ ...desktopQuery(scope), staleTime: "static" })
          .catch(() => undefined);
      else client.query(desktopQuery(scope)).catch(ignore);
      if (!offeredAsView(panel, func, desktop)) return;
      prefetchView(client, scope, func, search);
      // The menu says what kind of page it is; without the item, a list is the likeliest.
      const menu = desktop ?? client.getQueryData(desktopQuery(scope).queryKey);
      preloadPageKind(kindOf(menu, func) ?? "list");
    })();
    return null;
  };
}
