/**
 * The code a signed-in tab needs, as dynamic imports with no other dependencies: the login page
 * (drawn without the router, login/login-app.tsx) starts fetching it while the user types, and
 * the router's routes load their views with the same functions.
 */

/** The router, the query cache and the frame: everything but the login page. */
export const loadApp = () => import("./app");

/** The code of `/<panel>/<func>`, loaded by the route and started early by the home loader. */
export const loadFuncRoute = () => import("./routes/func-route");

/** The code of `/<panel>`, which goes to the start page after signing in. */
export const loadHomeRoute = () => import("./routes/panel-home-route");

/**
 * The code the first page after signing in needs, fetched while the user is still on the login
 * page (typing, or waiting for `auth`), so it is not one more round trip after `auth`.
 */
export function preloadSignedInCode(): void {
  void loadApp().catch(() => undefined);
  void loadHomeRoute().catch(() => undefined);
  void loadFuncRoute().catch(() => undefined);
}
