import { StrictMode } from "react";
import type { Root } from "react-dom/client";

import { boot } from "./boot";
import { defaultPanel, panelFromPath } from "./config";
import { AppFailed, LoginApp } from "./login/login-app";
import { loginAtBoot } from "./login/login-at-boot";
import { loadApp, preloadSignedInCode } from "./signed-in-code";

/**
 * Draws the app (the router and everything it routes to) in `root` at `address` (the current one
 * by default), once its code is here; until then `root` keeps what it shows.
 */
async function drawApp(root: Root, address?: string): Promise<void> {
  const loaded = await loadApp().catch((error: unknown) => {
    console.error("DCI Console: the app's code could not be loaded", error);
    return undefined;
  });
  // As the router's own navigation after signing in would: the login page's entry is replaced.
  if (address !== undefined) window.history.replaceState(null, "", address);
  if (!loaded) {
    const panel = panelFromPath(window.location.pathname) ?? defaultPanel();
    root.render(<AppFailed home={`/${panel}`} />);
    return;
  }
  const { App } = loaded;
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

/**
 * Starts the console in `root`. A tab that boots signed out at an address that leads to the login
 * page gets it at once, without the router (React DOM and the login form are all it needs); the
 * rest of the app comes while the user types, and is drawn at the page asked for once signed in.
 * Any other tab gets the app.
 */
export async function startConsole(root: Root): Promise<void> {
  let linkPending: boolean;
  try {
    linkPending = await boot();
  } catch (error) {
    console.error("DCI Console: starting failed", error);
    // Whatever the address was, the router decides.
    linkPending = true;
  }
  const at = loginAtBoot(linkPending);
  if (!at) {
    // The page's code comes with the app's, not after it.
    preloadSignedInCode();
    await drawApp(root);
    return;
  }
  let opening: Promise<void> | undefined;
  const open = () => (opening ??= drawApp(root, at.from));
  root.render(
    <StrictMode>
      <LoginApp at={at} open={open} />
    </StrictMode>,
  );
}
