import type { QueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { desktopQuery, pageQuery } from "../api/queries";
import { currentScope, type Scope } from "../api/scope";
import { useSessionStore } from "../api/session-store";
import { usePrefsStore } from "../stores/prefs-store";
import { preloadPageKind } from "../views/page-kinds";
import type { DesktopModel } from "../xjson/model";
import { startPageHint } from "./config";
import { offeredAsView, viewRequest } from "./routes/view-request";
import { rememberedStartPage, rememberStartPage } from "./start-page";

/**
 * A route starts its view's panel requests when it is first drawn for a navigation, before its
 * code (a chunk of its own) is here, into the same query keys the views read: the requests and the
 * code load side by side. They never block a page (the view shows its own progress and errors),
 * never ask while signed out, and ask a function only when the view would: the view guard is the
 * same check (`offeredAsView`).
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
 * Runs `start` when a route is drawn for a navigation (`key`, the location's), during that render:
 * a navigation whose route code is still loading is not committed until the code is here, so an
 * effect would start the requests only then. Starting twice is harmless (the cache joins requests).
 */
export function useOnNavigation(key: string, start: () => void): void {
  const [started, setStarted] = useState(() => {
    start();
    return key;
  });
  if (started !== key) {
    setStarted(key);
    start();
  }
}

/**
 * `/<panel>`: asks for the menu, and at the same time for the start page this identity had last
 * time (or the deployment names) and the renderer of its kind. The home route then goes to the
 * menu's start page, remembered for next time.
 */
export function startHomeRequests(client: QueryClient, panel: string): void {
  if (!signedIn()) return;
  const scope = currentScope();
  const hint = rememberedStartPage(panel, scope.identity) ?? startPageHint(panel);
  if (hint !== undefined) {
    preloadPageKind(hint.kind);
    prefetchView(client, scope, hint.func, new URLSearchParams());
  }
  client
    .query({ ...desktopQuery(scope), staleTime: "static" })
    .then((desktop) => {
      const start = startOf(desktop);
      if (start !== undefined)
        rememberStartPage(panel, scope.identity, { func: start, kind: kindOf(desktop, start) });
    })
    .catch(ignore);
}

/**
 * `/<panel>/<func>?...`: the menu (the frame and the view guard need it) and the page itself,
 * once it is known to be a view; a function never offered waits for the user's answer instead.
 */
export function startFuncRequests(
  client: QueryClient,
  panel: string,
  func: string,
  search: URLSearchParams,
): void {
  if (!signedIn()) return;
  const scope = currentScope();
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
}
