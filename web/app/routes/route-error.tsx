import { useEffect } from "react";
import { useParams, useRouteError } from "react-router";

import { ViewCrashed } from "../../views/view-error-boundary";
import { defaultPanel } from "../config";

/**
 * What a route shows when its code failed to load (a deployment replaced the chunks) or it threw
 * outside a view: a message with Reload and a way home, never the router's bare error page.
 */
export function RouteError() {
  const error = useRouteError();
  const { panel } = useParams();
  useEffect(() => {
    // Without an error it stands in for a view whose code failed to load, logged where that failed.
    if (error !== undefined && error !== null) console.error("DCI Console: a route failed", error);
  }, [error]);
  return (
    <div className="route-error">
      <ViewCrashed home={`/${panel ?? defaultPanel()}`} />
    </div>
  );
}
