import { useQuery } from "@tanstack/react-query";

import { Navigate } from "../../ui/app-router";
import { desktopQuery } from "../../api/queries";
import { useScope } from "../../api/scope";
import { useText } from "../../ui/lang-context";
import { Spinner } from "../../ui/spinner";
import { RequestError } from "../../views/request-error";
import { funcUrl } from "../../views/urls";
import { startOf } from "../route-prefetch";
import { usePlace } from "../../views/place";

/** `/<panel>`: opens the start page the panel names in its main menu. */
export function PanelHomeRoute() {
  const t = useText();
  const { panel } = usePlace();
  const desktop = useQuery(desktopQuery(useScope()));
  if (desktop.isPending) return <Spinner label={t("loading")} />;
  // A failed refresh still knows the start page; only a first load without data is an error.
  if (desktop.data === undefined)
    return <RequestError error={desktop.error} onRetry={() => void desktop.refetch()} />;
  const start = startOf(desktop.data);
  if (!start) return <p>{t("nothingHere")}</p>;
  return <Navigate to={funcUrl(panel, start)} replace />;
}
