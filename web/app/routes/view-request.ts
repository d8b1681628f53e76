import { isKnownView, viewParams } from "../../api/view-guard";
import type { DesktopModel } from "../../xjson/model";

/**
 * The parameters a view of `/<panel>/<func>?<search>` is asked with: an address never makes a
 * function act, so acting parameters are dropped; a list's remembered page size is asked for
 * explicitly (the panel also keeps one per session, §5.5). The route's prefetch and the view
 * use it, so the request started with the navigation is the one the view reads.
 */
export function viewRequest(
  search: URLSearchParams,
  savedPageSize: number | undefined,
): Record<string, string> {
  const params = viewParams(Object.fromEntries(search));
  if (params.p_cnt === undefined && savedPageSize !== undefined)
    params.p_cnt = String(savedPageSize);
  return params;
}

/** Whether `func` may be asked without a question: a known view, the start page or a menu item. */
export function offeredAsView(
  panel: string,
  func: string,
  desktop: DesktopModel | undefined,
): boolean {
  return (
    isKnownView(panel, func) ||
    desktop?.startpage === func ||
    desktop?.groups.some((group) => group.items.some((item) => item.action === func)) === true
  );
}
