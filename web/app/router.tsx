import type { QueryClient } from "@tanstack/react-query";
import {
  createBrowserRouter,
  Navigate,
  Outlet,
  redirect,
  type LoaderFunctionArgs,
} from "react-router";

import { adoptSession, signInWithKey } from "../api/auth";
import { useSessionStore } from "../api/session-store";
import { funcUrl, withParams } from "../views/urls";
import { defaultPanel, isPanelName, withoutManagerPrefix } from "./config";
import { takeFuncLink, takeKeyLogin, type FuncLink } from "./key-login";
import { lazyView } from "./lazy-route";
import { funcLoader, homeLoader } from "./route-loaders";
import { NotFoundRoute } from "./routes/not-found-route";
import { RouteError } from "./routes/route-error";
import { RequireSession } from "./routes/require-session";
import { loadFuncRoute, loadHomeRoute } from "./signed-in-code";
import { Layout } from "./shell/layout";

/**
 * `/<panel>/...`: remembers which panel this tab works with before anything renders, and
 * completes a key login from billing (the key was already taken out of the address).
 */
async function panelLoader({ params }: LoaderFunctionArgs) {
  /* eslint-disable @typescript-eslint/only-throw-error -- react-router redirects by throwing a Response */
  if (!isPanelName(params.panel)) throw redirect(`/${defaultPanel()}`);
  const panel = params.panel;
  useSessionStore.getState().setPanel(panel);
  const link = takeFuncLink(panel);
  if (link) return openFuncLink(panel, link);
  const keyLogin = takeKeyLogin(panel);
  if (!keyLogin) return null;
  useSessionStore.getState().signedOut();
  try {
    await signInWithKey({
      username: keyLogin.username,
      key: keyLogin.key,
      lang: useSessionStore.getState().lang,
    });
    useSessionStore.getState().setBillingUrl(keyLogin.referrer);
  } catch {
    throw redirect(`/${panel}/key-expired`);
  }
  throw redirect(
    keyLogin.start ? funcUrl(panel, keyLogin.start, { elid: keyLogin.elid }) : `/${panel}`,
  );
  /* eslint-enable @typescript-eslint/only-throw-error */
}

/**
 * A function link from outside: its session (if it brings one) becomes the tab's, then the
 * function opens at its usual address, where the view guard asks before anything is sent.
 */
async function openFuncLink(panel: string, link: FuncLink): Promise<never> {
  /* eslint-disable @typescript-eslint/only-throw-error -- react-router redirects by throwing a Response */
  // Not funcUrl: that would record the function as offered, and skip the guard's question.
  const target = withParams(`/${panel}/${encodeURIComponent(link.func)}`, link.params);
  const { status, sessionId } = useSessionStore.getState();
  // A tab someone is signed in to is never switched to another session by a link from outside
  // (that would let any site sign the user in as someone else): the function opens as them.
  if (link.session && link.session !== sessionId && status !== "active") {
    try {
      await adoptSession(link.session, useSessionStore.getState().lang);
      useSessionStore.getState().setBillingUrl(link.referrer);
    } catch {
      throw redirect(`/${panel}/key-expired`);
    }
  }
  throw redirect(target);
  /* eslint-enable @typescript-eslint/only-throw-error */
}

/** The app's routes; their loaders start a view's requests in `queryClient` with the navigation. */
export function createRouter(queryClient: QueryClient) {
  return createBrowserRouter([
    { path: "/", element: <Navigate to={`/${defaultPanel()}`} replace /> },
    {
      // The panel's other address: the same views, under their usual paths.
      path: "/manager/*",
      loader: ({ request }: LoaderFunctionArgs) => {
        const url = new URL(request.url);
        const path = withoutManagerPrefix(url.pathname);
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- react-router redirects by throwing a Response
        throw redirect(path === url.pathname ? "/" : `${path}${url.search}`);
      },
    },
    {
      path: "/:panel",
      loader: panelLoader,
      // Only a change of panel needs the loader again (it is async: a key login may run in it).
      shouldRevalidate: ({ currentParams, nextParams }) => currentParams.panel !== nextParams.panel,
      element: <Outlet />,
      errorElement: <RouteError />,
      hydrateFallbackElement: <div className="app-main" />,
      children: [
        {
          path: "login",
          lazy: lazyView(
            () => import("./routes/login-route"),
            (module) => module.LoginRoute,
          ),
        },
        {
          path: "key-expired",
          lazy: lazyView(
            () => import("./routes/key-expired-route"),
            (module) => module.KeyExpiredRoute,
          ),
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
              errorElement: <RouteError />,
              loader: homeLoader(queryClient),
              lazy: lazyView(loadHomeRoute, (module) => module.PanelHomeRoute),
            },
            {
              path: ":func",
              // Inside the frame: a view whose code cannot load leaves the menu usable.
              errorElement: <RouteError />,
              loader: funcLoader(queryClient),
              lazy: lazyView(loadFuncRoute, (module) => module.FuncRoute),
            },
          ],
        },
      ],
    },
    { path: "*", element: <NotFoundRoute /> },
  ]);
}
