import { useQueryClient } from "@tanstack/react-query";
import { Suspense, type ReactNode } from "react";
import { Navigate, Outlet, Route, Routes, useLocation, useParams } from "react-router";

import { useText } from "../ui/lang-context";
import { Spinner } from "../ui/spinner";
import { retryFailedCode } from "../views/page-kinds";
import { defaultPanel, withoutManagerPrefix } from "./config";
import { PanelGate } from "./panel-gate";
import { startFuncRequests, startHomeRequests, useOnNavigation } from "./route-prefetch";
import { FuncRoute } from "./routes/func-route";
import { KeyExpiredRoute } from "./routes/key-expired-route";
import { LoginRoute } from "./routes/login-route";
import { NotFoundRoute } from "./routes/not-found-route";
import { PanelHomeRoute } from "./routes/panel-home-route";
import { RequireSession } from "./routes/require-session";
import { RouteBoundary } from "./routes/route-error";
import { Layout } from "./shell/layout";

/**
 * Where a route is drawn: an exception shows why in the same place, and a part that suspends (a
 * page kind's renderer, whose code is its own chunk) waits there.
 */
function RouteSlot({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  return (
    <RouteBoundary at={useLocation().key}>
      <Suspense fallback={fallback}>{children}</Suspense>
    </RouteBoundary>
  );
}

/** Inside the frame: a view that is loading or failed leaves the menu usable. */
function FrameSlot({ children }: { children: ReactNode }) {
  const t = useText();
  return <RouteSlot fallback={<Spinner label={t("loading")} />}>{children}</RouteSlot>;
}

/** `/<panel>`: the menu and the start page are asked for as the route is first drawn. */
function PanelHome() {
  const client = useQueryClient();
  const { panel = "" } = useParams();
  useOnNavigation(useLocation().key, () => {
    retryFailedCode();
    startHomeRequests(client, panel);
  });
  return (
    <FrameSlot>
      <PanelHomeRoute />
    </FrameSlot>
  );
}

/** `/<panel>/<func>`: the page is asked for as the route is first drawn. */
function FuncPage() {
  const client = useQueryClient();
  const { panel = "", func = "" } = useParams();
  const location = useLocation();
  useOnNavigation(location.key, () => {
    retryFailedCode();
    startFuncRequests(client, panel, func, new URLSearchParams(location.search));
  });
  return (
    <FrameSlot>
      <FuncRoute />
    </FrameSlot>
  );
}

/** The panel's other address: the same views, under their usual paths. */
function ManagerAddress() {
  const { pathname, search } = useLocation();
  const path = withoutManagerPrefix(pathname);
  return <Navigate to={path === pathname ? "/" : `${path}${search}`} replace />;
}

/**
 * The app's routes. They come with the app's code (one chunk, `signed-in`); the renderer of each
 * kind of page is a chunk of its own, and the requests a view needs start as the route is drawn,
 * side by side with that code (`route-prefetch.ts`).
 */
export function AppRoutes() {
  const empty = <div className="app-main" />;
  return (
    <Routes>
      <Route path="/" element={<Navigate to={`/${defaultPanel()}`} replace />} />
      <Route path="/manager/*" element={<ManagerAddress />} />
      <Route
        path="/:panel"
        element={
          <PanelGate>
            <RouteSlot fallback={empty}>
              <Outlet />
            </RouteSlot>
          </PanelGate>
        }
      >
        <Route path="login" element={<LoginRoute />} />
        <Route path="key-expired" element={<KeyExpiredRoute />} />
        <Route
          element={
            <RequireSession>
              <Layout />
            </RequireSession>
          }
        >
          <Route index element={<PanelHome />} />
          <Route path=":func" element={<FuncPage />} />
        </Route>
      </Route>
      <Route path="*" element={<NotFoundRoute />} />
    </Routes>
  );
}
