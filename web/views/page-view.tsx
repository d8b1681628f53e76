import type { PageModel } from "../xjson/model";
import { useText } from "../ui/lang-context";
import { DashboardView } from "./dashboard/dashboard-view";
import { FormPage } from "./form/form-page";
import { OkPage } from "./ok-page";
import { ListView } from "./list/list-view";
import { ReportView } from "./report/report-view";
import { Unsupported } from "./unsupported";

interface PageViewProps {
  panel: string;
  lang: string;
  page: PageModel;
  params: Record<string, string>;
  refetch: () => void;
  isFetching: boolean;
}

/** Picks the renderer by the page's kind; an unknown kind is a visible placeholder, never a crash. */
export function PageView({ panel, lang, page, params, refetch, isFetching }: PageViewProps) {
  const t = useText();
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
