import type { ReactNode } from "react";
import { Navigate, useLocation, useParams } from "react-router";

import { useSessionStore } from "../../api/session-store";

/** Renders its children with a live session; otherwise sends the user to the login page. */
export function RequireSession({ children }: { children: ReactNode }) {
  const status = useSessionStore((state) => state.status);
  const { panel = "" } = useParams();
  const location = useLocation();
  if (status !== "active") {
    const from = `${location.pathname}${location.search}`;
    return (
      <Navigate to={`/${panel}/login`} replace state={{ from, expired: status === "expired" }} />
    );
  }
  return <>{children}</>;
}
