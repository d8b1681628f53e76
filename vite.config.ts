/// <reference types="vitest/config" />
import type { IncomingMessage, ServerResponse } from "node:http";

import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin, type ProxyOptions } from "vite";

/** Where /<panel> requests go: a real panel (MGR_URL) or the embedded emulator. */
const panelTarget = process.env.MGR_URL ?? "http://127.0.0.1:1500";

/**
 * A panel endpoint is one path segment, optionally under /manager/: /dcimgr, /manager/ispmgr.
 * SPA routes have two or more segments (/dcimgr/server), assets have dots or a leading @.
 */
const panelEndpoint = /^\/(?:manager\/)?[a-z][a-z0-9_]*(?:\?|$)/;

/**
 * A browser navigation to /dcimgr?func=auth&key=... carries no `out`: it must get the SPA,
 * which completes the key login. Every API call the SPA makes carries `out=`.
 */
function isNavigation(req: IncomingMessage): boolean {
  if (req.method !== "GET" || req.url === undefined || !panelEndpoint.test(req.url)) return false;
  const query = new URL(req.url, "http://localhost").searchParams;
  return !query.has("out");
}

function spaForNavigations(): Plugin {
  const rewrite = (req: IncomingMessage, _res: ServerResponse, next: () => void) => {
    if (isNavigation(req)) req.url = "/index.html";
    next();
  };
  return {
    name: "dci-console:spa-for-panel-navigations",
    configureServer(server) {
      server.middlewares.use(rewrite);
    },
    configurePreviewServer(server) {
      server.middlewares.use(rewrite);
    },
  };
}

/**
 * React Router's module names its components and contexts at the top level
 * (`Form.displayName = "Form"`) and builds them with calls the bundler cannot know to be pure
 * (`React10.forwardRef(...)`), so every one of them stays in the build, used or not: `<Form>`
 * with `useSubmit` and `useFormAction` behind it (about 1.3 KiB gzip). This marks those calls
 * pure and drops the names (only React DevTools reads them), so what the app never uses is left
 * out. The code that is kept is unchanged.
 */
function treeShakeReactRouter(): Plugin {
  return {
    name: "dci-console:tree-shake-react-router",
    apply: "build",
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]react-router[\\/]dist[\\/].*\.mjs$/.test(id)) return null;
      const shaken = code
        .replace(
          /^(var [\w$]+ = )(React\d*\.(?:forwardRef|createContext|memo)\()/gm,
          "$1/* @__PURE__ */ $2",
        )
        .replace(/^[\w$]+\.displayName = "[^"\n]*";$/gm, "");
      // No line moves (a dropped name leaves its line empty): the source map stays the file's.
      return { code: shaken, map: null };
    },
  };
}

const proxy: Record<string, ProxyOptions> = {
  [panelEndpoint.source]: { target: panelTarget, changeOrigin: true, secure: false },
};

export default defineConfig({
  plugins: [react(), spaForNavigations(), treeShakeReactRouter()],
  server: { host: "127.0.0.1", port: 5173, strictPort: true, proxy },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true, proxy },
  build: { sourcemap: true },
  test: {
    environment: "jsdom",
    setupFiles: ["./web/testing/setup-tests.ts"],
    include: ["web/**/*.test.{ts,tsx}"],
    css: false,
    restoreMocks: true,
  },
});
