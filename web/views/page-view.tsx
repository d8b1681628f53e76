import { Suspense, type ReactNode } from "react";

import type { PageModel } from "../xjson/model";
import { useText } from "../ui/lang-context";
import { Spinner } from "../ui/spinner";
import { dashboardKind, formKind, listKind, okKind, reportKind } from "./page-kinds";
import { Unsupported } from "./unsupported";

interface PageViewProps {
  panel: string;
  lang: string;
  page: PageModel;
  params: Record<string, string>;
  refetch: () => void;
  isFetching: boolean;
}

/**
 * Picks the renderer by the page's kind; an unknown kind is a visible placeholder, never a crash.
 * A renderer whose code is still loading shows a spinner (page-kinds.ts).
 */
export function PageView(props: PageViewProps) {
  const t = useText();
  return <Suspense fallback={<Spinner label={t("loading")} />}>{pageOf(props, t)}</Suspense>;
}

function pageOf(
  { panel, lang, page, params, refetch, isFetching }: PageViewProps,
  t: ReturnType<typeof useText>,
): ReactNode {
  const ListView = listKind.View;
  const FormPage = formKind.View;
  const ReportView = reportKind.View;
  const DashboardView = dashboardKind.View;
  const OkPage = okKind.View;
  switch (page.kind) {
    case "list":
      return (
        <ListView
          panel={panel}
          list={page}
          params={params}
          refetch={refetch}
          isFetching={isFetching}
        />
      );
    case "form":
      return <FormPage panel={panel} form={page} refetch={refetch} />;
    case "report":
      return (
        <ReportView
          key={JSON.stringify(params)}
          report={page}
          lang={lang}
          isFetching={isFetching}
        />
      );
    case "dashboard":
      return <DashboardView panel={panel} dashboard={page} />;
    case "ok":
      return <OkPage panel={panel} page={page} />;
    case "unsupported":
      return (
        <Unsupported what="page" kind={page.type}>
          {t("unsupportedPage")}: {page.func || "—"} ({page.type})
        </Unsupported>
      );
  }
}
