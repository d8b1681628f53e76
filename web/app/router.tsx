import {
  createBrowserRouter,
  Navigate,
  Outlet,
  redirect,
  type LoaderFunctionArgs,
} from "react-router";

import { useSessionStore } from "../api/session-store";
import { defaultPanel, isPanelName } from "./config";
import { NotFoundRoute } from "./routes/not-found-route";
import { RequireSession } from "./routes/require-session";
import { Layout } from "./shell/layout";

/** `/<panel>/...`: remembers which panel this tab works with, before anything renders. */
function panelLoader({ params }: LoaderFunctionArgs) {
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- react-router redirects by throwing a Response
  if (!isPanelName(params.panel)) throw redirect(`/${defaultPanel()}`);
  useSessionStore.getState().setPanel(params.panel);
  return null;
}

export function createRouter() {
  return createBrowserRouter([
    { path: "/", element: <Navigate to={`/${defaultPanel()}`} replace /> },
    {
      path: "/:panel",
      loader: panelLoader,
      element: <Outlet />,
      hydrateFallbackElement: <div className="app-main" />,
      children: [
        {
          path: "login",
          lazy: async () => ({ Component: (await import("./routes/login-route")).LoginRoute }),
        },
        {
          element: (
            <RequireSession>
              <Layout />
            </RequireSession>
          ),
          children: [
            {
              index: true,
              lazy: async () => ({
                Component: (await import("./routes/panel-home-route")).PanelHomeRoute,
              }),
            },
            {
              path: ":func",
              lazy: async () => ({ Component: (await import("./routes/func-route")).FuncRoute }),
            },
          ],
        },
      ],
    },
    { path: "*", element: <NotFoundRoute /> },
  ]);
}
