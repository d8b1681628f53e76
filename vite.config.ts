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

/**
 * The modules the first page after signing in needs: the app (router, query cache, frame), the
 * routes of `/<panel>` and `/<panel>/<func>`, and the renderer of lists, the usual start page.
 */
const firstPageRoots = [
  /[\\/]web[\\/]app[\\/]app\.tsx$/,
  /[\\/]web[\\/]app[\\/]routes[\\/](?:func|panel-home)-route\.tsx$/,
  /[\\/]web[\\/]views[\\/]list[\\/]list-view\.tsx$/,
];

/**
 * Puts everything the first page after signing in needs, and the login page does not already
 * have, into one chunk (`signed-in`). Left to itself the bundler cuts it into some twenty chunks
 * by which dynamic imports share them, and twenty small files compress worse than one: about 11
 * KiB more gzip. Code only other pages need (forms, reports, dashboards, charts, the virtualizer)
 * keeps its own chunks, and the login page's modules stay where they are.
 */
function firstPageChunk(): { plugin: Plugin; captures: (id: string) => boolean } {
  let captured = new Set<string>();
  const plugin: Plugin = {
    name: "dci-console:first-page-chunk",
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
      if (lost) this.error(`first-page-chunk: no module matches ${String(lost)}; was it renamed?`);
      const loginPage = staticClosure(ids.filter((id) => this.getModuleInfo(id)?.isEntry));
      const firstPage = staticClosure(
        ids.filter((id) => firstPageRoots.some((root) => root.test(id))),
      );
      captured = new Set([...firstPage].filter((id) => !loginPage.has(id)));
    },
  };
  return { plugin, captures: (id) => captured.has(id) };
}

const firstPage = firstPageChunk();

const proxy: Record<string, ProxyOptions> = {
  [panelEndpoint.source]: { target: panelTarget, changeOrigin: true, secure: false },
};

export default defineConfig({
  plugins: [react(), spaForNavigations(), treeShakeReactRouter(), firstPage.plugin],
  server: { host: "127.0.0.1", port: 5173, strictPort: true, proxy },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true, proxy },
  build: {
    sourcemap: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: "signed-in",
              test: firstPage.captures,
              // Only what the closure above found: the login page's modules are not pulled in.
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: "jsdom",
    setupFiles: ["./web/testing/setup-tests.ts"],
    include: ["web/**/*.test.{ts,tsx}"],
    css: false,
    restoreMocks: true,
  },
});
