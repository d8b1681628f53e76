import { useQueryClient } from "@tanstack/react-query";
import { Suspense, useMemo, type ReactNode } from "react";
import { useLocation } from "react-router";

import { Navigate } from "../ui/app-router";
import { useText } from "../ui/lang-context";
import { Spinner } from "../ui/spinner";
import { retryFailedCode } from "../views/page-kinds";
import { PlaceContext } from "../views/place";
import { appAddress } from "../stores/app-address";
import { appRouteOf } from "./app-routes";
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
function PanelHome({ panel }: { panel: string }) {
  const client = useQueryClient();
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
function FuncPage({ panel, func }: { panel: string; func: string }) {
  const client = useQueryClient();
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
  // `/manager//x` would leave for the host x: the app's root instead.
  const to = path === pathname ? "/" : (appAddress(`${path}${search}`) ?? "/");
  return <Navigate to={to} replace />;
}

/**
 * The app's routes (`app-routes.ts` names them). They come with the app's code (one chunk,
 * `signed-in`); the renderer of each kind of page is a chunk of its own, and the requests a view
 * needs start as the route is drawn, side by side with that code (`route-prefetch.ts`). A panel's
 * pages share one tree (gate, frame), so moving between them keeps the frame and the menu.
 */
export function AppRoutes() {
  const address = appRouteOf(useLocation().pathname);
  const panel = "panel" in address ? address.panel : "";
  const func = address.route === "func" ? address.func : undefined;
  const place = useMemo(() => ({ panel, func }), [panel, func]);
  switch (address.route) {
    case "root":
      return <Navigate to={`/${defaultPanel()}`} replace />;
    case "manager":
      return <ManagerAddress />;
    case "not-found":
      return <NotFoundRoute />;
  }
  const page =
    address.route === "login" ? (
      <LoginRoute />
    ) : address.route === "key-expired" ? (
      <KeyExpiredRoute />
    ) : (
      <RequireSession>
        <Layout>
          {func === undefined ? (
            <PanelHome panel={panel} />
          ) : (
            <FuncPage panel={panel} func={func} />
          )}
        </Layout>
      </RequireSession>
    );
  return (
    <PlaceContext value={place}>
      <PanelGate>
        <RouteSlot fallback={<div className="app-main" />}>{page}</RouteSlot>
      </PanelGate>
    </PlaceContext>
  );
}
