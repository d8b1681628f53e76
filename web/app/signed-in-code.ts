/**
 * The code a signed-in tab needs, as a dynamic import with no other dependencies: the login page
 * (drawn without the router, login/login-app.tsx) starts fetching it while the user types.
 */

/** The router, the query cache, the frame and the routes: everything but the login page. */
export const loadApp = () => import("./app");

/**
 * The code the first page after signing in needs, fetched while the user is still on the login
 * page (typing, or waiting for `auth`), so it is not one more round trip after `auth`. The build
 * puts it in one chunk with the list renderer (vite.config.ts, `firstPageRoots`).
 */
export function preloadSignedInCode(): void {
  void loadApp().catch(() => undefined);
}
