import { useLocation, useNavigate } from "react-router";

import type { PageModel } from "../xjson/model";
import { followUpParams } from "../xjson/parse-ok";
import { useText } from "../ui/lang-context";
import { DashboardView } from "./dashboard/dashboard-view";
import { FormView } from "./form/form-view";
import { ListView } from "./list/list-view";
import { ReportView } from "./report/report-view";
import { funcUrl, type BackState } from "./urls";

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
  const back = (useLocation().state as BackState | null)?.back;
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
          onDone={(result) => {
            const follow = followUpParams(result?.text);
            if (follow?.func) {
              const { func, ...rest } = follow;
              void navigate(funcUrl(panel, func, rest), { replace: true });
            } else if (back) void navigate(back, { replace: true });
            else void navigate(-1);
          }}
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
      return <DashboardView panel={panel} lang={lang} dashboard={page} />;
    case "unsupported":
      return (
        <div className="placeholder" role="note">
          {t("unsupportedPage")}: {page.func || "—"} ({page.type})
        </div>
      );
  }
}
