import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { useParams, useSearchParams } from "react-router";

import { pageQuery } from "../../api/queries";
import { useSessionStore } from "../../api/session-store";
import { usePrefsStore } from "../../stores/prefs-store";
import { useText } from "../../ui/lang-context";
import { Spinner } from "../../ui/spinner";
import { PageView } from "../../views/page-view";
import { RequestError } from "../../views/request-error";

/** `/<panel>/<func>?<params>`: any function of the panel, drawn by the kind of its document. */
export function FuncRoute() {
  const t = useText();
  const { panel = "", func = "" } = useParams();
  const [search] = useSearchParams();
  const lang = useSessionStore((state) => state.lang);
  const savedPageSize = usePrefsStore((state) => state.lists[`${panel}.${func}`]?.pageSize);
  const params = Object.fromEntries(search);
  // The page size is asked for explicitly: the panel also remembers one per session (§5.5).
  if (params.p_cnt === undefined && savedPageSize !== undefined)
    params.p_cnt = String(savedPageSize);
  const page = useQuery(pageQuery(panel, func, lang, params));

  const title =
    page.data?.kind === "list" || page.data?.kind === "form" ? page.data.title : undefined;
  useEffect(() => {
    document.title = title ? `${title} — ${t("appName")}` : t("appName");
  }, [title, t]);

  if (page.isPending) return <Spinner label={t("loading")} />;
  if (page.isError) return <RequestError error={page.error} onRetry={() => void page.refetch()} />;
  return (
    <PageView
      panel={panel}
      lang={lang}
      page={page.data}
      params={params}
      refetch={() => void page.refetch()}
      isFetching={page.isFetching}
    />
  );
}
