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

const proxy: Record<string, ProxyOptions> = {
  [panelEndpoint.source]: { target: panelTarget, changeOrigin: true, secure: false },
};

export default defineConfig({
  plugins: [react(), spaForNavigations()],
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
