import { useQuery } from "@tanstack/react-query";
import { useParams, useSearchParams } from "react-router";

import { pageQuery } from "../../api/queries";
import { useText } from "../../ui/lang-context";
import { Spinner } from "../../ui/spinner";
import { PageView } from "../../views/page-view";
import { RequestError } from "../../views/request-error";

/** `/<panel>/<func>?<params>`: any function of the panel, drawn by the kind of its document. */
export function FuncRoute() {
  const t = useText();
  const { panel = "", func = "" } = useParams();
  const [search] = useSearchParams();
  const page = useQuery(pageQuery(panel, func, Object.fromEntries(search)));
  if (page.isPending) return <Spinner label={t("loading")} />;
  if (page.isError) return <RequestError error={page.error} onRetry={() => void page.refetch()} />;
  return <PageView page={page.data} />;
}
