import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useLocation } from "react-router";

import { useSearchParams } from "../../ui/navigation";
import { desktopQuery, pageQuery } from "../../api/queries";
import { useScope } from "../../api/scope";
import { forgetView, rememberView } from "../../api/view-guard";
import { usePrefsStore } from "../../stores/prefs-store";
import { useText } from "../../ui/lang-context";
import { Spinner } from "../../ui/spinner";
import { PageView } from "../../views/page-view";
import { QueryView } from "../../views/query-view";
import { ViewErrorBoundary } from "../../views/view-error-boundary";
import { ConfirmOpen } from "./confirm-open";
import { offeredAsView, viewRequest } from "./view-request";
import { usePlace } from "../../views/place";

/** `/<panel>/<func>?<params>`: any function of the panel, drawn by the kind of its document. */
export function FuncRoute() {
  const t = useText();
  const { panel, func = "" } = usePlace();
  const [search] = useSearchParams();
  const location = useLocation();
  const scope = useScope();
  const savedPageSize = usePrefsStore((state) => state.lists[`${panel}.${func}`]?.pageSize);
  const params = viewRequest(search, savedPageSize);
  const desktop = useQuery(desktopQuery(scope));
  const [confirmed, setConfirmed] = useState<string>();
  const known = confirmed === func || offeredAsView(panel, func, desktop.data);
  const page = useQuery({ ...pageQuery(scope, func, params), enabled: known });
  // It acted (answered ok): what it did stays on show from the cache, and is never asked again.
  const acted = page.data?.kind === "ok";
  const offered = known || acted;

  // Opening its address anew asks first: a reload, a crashed view's Reload, another tab.
  useEffect(() => {
    if (acted) forgetView(panel, func);
  }, [acted, panel, func]);

  // Every kind of page with a title names its tab, so tabs of reports can be told apart too.
  const title = page.data && "title" in page.data ? page.data.title : undefined;
  useEffect(() => {
    document.title = title ? `${title} — ${t("appName")}` : t("appName");
  }, [title, t]);

  if (!offered && desktop.isPending) return <Spinner label={t("loading")} />;
  if (!offered)
    return (
      <ConfirmOpen
        panel={panel}
        func={func}
        params={params}
        onOpen={() => {
          rememberView(panel, func);
          setConfirmed(func);
        }}
      />
    );
  return (
    <QueryView query={page}>
      {(data) => (
        <ViewErrorBoundary
          key={`${location.pathname}${location.search}`}
          home={`/${panel}`}
          document={data}
        >
          <PageView
            panel={panel}
            lang={scope.lang}
            page={data}
            params={params}
            refetch={() => void page.refetch()}
            isFetching={page.isFetching}
          />
        </ViewErrorBoundary>
      )}
    </QueryView>
  );
}
