/// <reference types="vitest/config" />
import type { IncomingMessage, ServerResponse } from "node:http";

import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin, type ProxyOptions } from "vite";

import { treeShakeReactRouter } from "./scripts/build/tree-shake-react-router.ts";

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
 * The modules the first page after signing in needs: the app (router, query cache, frame, routes)
 * and the renderer of lists, the usual start page.
 */
const firstPageRoots = [
  /[\\/]web[\\/]app[\\/]app\.tsx$/,
  /[\\/]web[\\/]views[\\/]list[\\/]list-view\.tsx$/,
];

/**
 * Two chunks for the two first screens. The login page's code (everything index.html's script
 * imports) is one chunk; everything the first page after signing in needs, and the login page does
 * not already have, is another (`signed-in`). Left to itself the bundler cuts them into some
 * twenty-five chunks by which dynamic imports share them, and small files compress worse than
 * one: about 13 KiB more gzip, and more requests. Code only other pages need (forms, reports,
 * dashboards, charts, the virtualizer, the parsers of those pages) keeps its own chunks.
 */
function firstScreenChunks() {
  let loginPage = new Set<string>();
  let signedIn = new Set<string>();
  const plugin: Plugin = {
    name: "dci-console:first-screen-chunks",
    apply: "build",
    buildEnd() {
      const staticClosure = (roots: string[]) => {
        const seen = new Set<string>();
        const stack = [...roots];
        for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
          if (seen.has(id)) continue;
          seen.add(id);
          stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
        return seen;
      };
      const ids = [...this.getModuleIds()];
      const lost = firstPageRoots.find((root) => !ids.some((id) => root.test(id)));
      if (lost) this.error(`first-screen-chunks: no module matches ${String(lost)}; renamed?`);
      loginPage = staticClosure(ids.filter((id) => this.getModuleInfo(id)?.isEntry));
      const firstPage = staticClosure(
        ids.filter((id) => firstPageRoots.some((root) => root.test(id))),
      );
      signedIn = new Set([...firstPage].filter((id) => !loginPage.has(id)));
    },
  };
  return {
    plugin,
    // Only what the closures found: a group does not pull in the other's modules.
    groups: [
      {
        name: "index",
        test: (id: string) => loginPage.has(id),
        includeDependenciesRecursively: false,
      },
      {
        name: "signed-in",
        test: (id: string) => signedIn.has(id),
        includeDependenciesRecursively: false,
      },
    ],
  };
}

const firstScreens = firstScreenChunks();

const proxy: Record<string, ProxyOptions> = {
  [panelEndpoint.source]: { target: panelTarget, changeOrigin: true, secure: false },
};

export default defineConfig({
  plugins: [react(), spaForNavigations(), treeShakeReactRouter(), firstScreens.plugin],
  server: { host: "127.0.0.1", port: 5173, strictPort: true, proxy },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true, proxy },
  build: {
    sourcemap: true,
    // Of the browsers the build targets only Safari 16 and Firefox 114 lack modulepreload; there a
    // preload is skipped (a slower load), never broken. The polyfill cost every first screen
    // 0.2 KiB of gzip.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        codeSplitting: { groups: firstScreens.groups },
      },
    },
  },
  test: {
    environment: "jsdom",
    setupFiles: ["./web/testing/setup-tests.ts"],
    include: ["web/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
    css: false,
    restoreMocks: true,
  },
});
