import { useLocation, useNavigate } from "react-router";

import { urlFilterParams } from "../api/list-filter";
import type { PageModel } from "../xjson/model";
import { useText } from "../ui/lang-context";
import { DashboardView } from "./dashboard/dashboard-view";
import { FormView } from "./form/form-view";
import { ListView } from "./list/list-view";
import { ReportView } from "./report/report-view";
import { Unsupported } from "./unsupported";
import { useFollowUp } from "./follow-up";
import { openWindow } from "./open-window";
import { funcUrl, withParams, type BackState } from "./urls";

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
  const navigate = useNavigate();
  const { back, filterOf } = (useLocation().state as BackState | null) ?? {};
  const followUp = useFollowUp(panel);
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;
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
      return (
        <FormView
          key={`${page.func}:${page.elid}`}
          form={page}
          onDone={(result, submitted) => {
            if (followUp(result, { replace: true })) return;
            if (back && filterOf && submitted)
              void navigate(withParams(back, urlFilterParams(filterOf, page.func, submitted)), {
                replace: true,
              });
            else if (back) void navigate(back, { replace: true });
            else void navigate(-1);
          }}
          onOpen={(func, params) => {
            void navigate(funcUrl(panel, func, params), { state: { back: here } });
          }}
          onWindow={openWindow}
          onReload={refetch}
        />
      );
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
    case "unsupported":
      return (
        <Unsupported what="page" kind={page.type}>
          {t("unsupportedPage")}: {page.func || "—"} ({page.type})
        </Unsupported>
      );
  }
}
