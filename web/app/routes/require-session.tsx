import { Fragment, useMemo, type ReactNode } from "react";
import { useLocation } from "react-router";

import { Navigate } from "../../ui/app-router";
import { identityOf } from "../../api/scope";
import { useSessionStore } from "../../api/session-store";
import { usePlace } from "../../views/place";

/**
 * Renders its children while there is a session. An expired session keeps the page (the
 * sign-in dialog opens over it); only a signed-out tab goes to the login page. The children are
 * keyed by identity: another user (or acting as one) starts with fresh selections and inputs.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const status = useSessionStore((state) => state.status);
  const identity = useSessionStore(identityOf);
  const { panel } = usePlace();
  const location = useLocation();
  const from = `${location.pathname}${location.search}`;
  // One state object per page: <Navigate> navigates again whenever its state changes identity,
  // and the router re-renders while that navigation is pending, which would never end.
  const state = useMemo(() => ({ from }), [from]);
  if (status === "anonymous") return <Navigate to={`/${panel}/login`} replace state={state} />;
  return <Fragment key={identity}>{children}</Fragment>;
}
