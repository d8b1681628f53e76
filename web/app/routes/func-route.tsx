import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { useLocation, useParams, useSearchParams } from "react-router";

import { pageQuery } from "../../api/queries";
import { useScope } from "../../api/scope";
import { usePrefsStore } from "../../stores/prefs-store";
import { useText } from "../../ui/lang-context";
import { PageView } from "../../views/page-view";
import { QueryView } from "../../views/query-view";
import { ViewErrorBoundary } from "../../views/view-error-boundary";

/** `/<panel>/<func>?<params>`: any function of the panel, drawn by the kind of its document. */
export function FuncRoute() {
  const t = useText();
  const { panel = "", func = "" } = useParams();
  const [search] = useSearchParams();
  const location = useLocation();
  const scope = useScope();
  const savedPageSize = usePrefsStore((state) => state.lists[`${panel}.${func}`]?.pageSize);
  const params = Object.fromEntries(search);
  // The page size is asked for explicitly: the panel also remembers one per session (§5.5).
  if (params.p_cnt === undefined && savedPageSize !== undefined)
    params.p_cnt = String(savedPageSize);
  const page = useQuery(pageQuery(scope, func, params));

  const title =
    page.data?.kind === "list" || page.data?.kind === "form" ? page.data.title : undefined;
  useEffect(() => {
    document.title = title ? `${title} — ${t("appName")}` : t("appName");
  }, [title, t]);

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
