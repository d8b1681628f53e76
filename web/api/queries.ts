import { queryOptions } from "@tanstack/react-query";

import { loadPage } from "../xjson/load-page";
import { parseDesktop } from "../xjson/parse-desktop";
import type { PageModel } from "../xjson/model";
import { parseNotify, type NotifyModel } from "../xjson/parse-notify";
import { mgrCall } from "./client";
import { applyUrlFilter, withoutUrlFilter } from "./list-filter";
import { userIsActive } from "./keep-alive";
import { mgrKeys } from "./keys";
import type { Scope } from "./scope";
import { freshMs } from "./query-client";

/** Milliseconds between refreshes of a page: a list's `autoupdate`, else none. */
export function autoupdateInterval(page: PageModel | undefined): number | false {
  return page?.kind === "list" && page.autoupdate ? page.autoupdate * 1000 : false;
}

/**
 * A page of the panel (list, form, report, dashboard), fetched and parsed once per fetch so the
 * cache holds typed models. A filter carried in the address is applied first, so a filtered
 * list is a link. The parser of a form, report or dashboard is loaded when one comes (unless the
 * route preloaded it): when that code cannot be loaded the query fails, and its retry asks again.
 */
export function pageQuery(scope: Scope, func: string, params: Record<string, string>) {
  return queryOptions({
    queryKey: mgrKeys.page(scope, func, params),
    queryFn: async ({ signal }) => {
      await applyUrlFilter(scope, func, params, signal);
      return loadPage(await mgrCall({ func, params: withoutUrlFilter(params), signal, scope }));
    },
    // A function that answered `ok` acted: asking again would act again, so nothing refetches
    // it, not even an invalidation after another action.
    staleTime: (query) => (query.state.data?.kind === "ok" ? "static" : freshMs),
    // Lists that ask for it refresh while the tab is visible (metadata autoupdate, §5.7).
    refetchInterval: (query) => autoupdateInterval(query.state.data),
    refetchIntervalInBackground: false,
  });
}

/** The main menu and start page of the signed-in user. */
export function desktopQuery(scope: Scope) {
  return queryOptions({
    queryKey: mgrKeys.func(scope, "desktop"),
    queryFn: async ({ signal }) => parseDesktop(await mgrCall({ func: "desktop", signal, scope })),
    staleTime: 5 * 60_000,
  });
}

const noNotifications: NotifyModel = { items: [], timeoutSec: 60 };

/**
 * The notification badges, asked again after the panel's `timeout` while the tab is visible.
 * While nobody works in the tab the poll sends nothing, so an idle tab's session can expire.
 */
export function notifyQuery(scope: Scope) {
  return queryOptions({
    queryKey: mgrKeys.func(scope, "notify"),
    queryFn: async ({ signal, client, queryKey }) => {
      if (!userIsActive()) return client.getQueryData<NotifyModel>(queryKey) ?? noNotifications;
      return parseNotify(await mgrCall({ func: "notify", signal, scope }));
    },
    refetchInterval: (query) => (query.state.data?.timeoutSec ?? 60) * 1000,
    refetchIntervalInBackground: false,
  });
}
