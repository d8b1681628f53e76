import type { ReactNode } from "react";
import { Navigate, useLocation, useParams } from "react-router";

import { useSessionStore } from "../../api/session-store";

/**
 * Renders its children while there is a session. An expired session keeps the page (the
 * sign-in dialog opens over it); only a signed-out tab goes to the login page.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const status = useSessionStore((state) => state.status);
  const { panel = "" } = useParams();
  const location = useLocation();
  if (status === "anonymous") {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to={`/${panel}/login`} replace state={{ from }} />;
  }
  return <>{children}</>;
}
