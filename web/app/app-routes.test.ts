import { matchRoutes, type RouteObject } from "react-router";
import { describe, expect, it } from "vitest";

import { appRouteOf, type AppRoute } from "./app-routes";

/** The route tree the console had as React Router `<Routes>`, each route named by its id. */
const reactRouterTree: RouteObject[] = [
  { id: "root", path: "/" },
  { id: "manager", path: "/manager/*" },
  {
    id: "panel",
    path: "/:panel",
    children: [
      { id: "login", path: "login" },
      { id: "key-expired", path: "key-expired" },
      {
        id: "frame",
        children: [
          { id: "home", index: true },
          { id: "func", path: ":func" },
        ],
      },
    ],
  },
  { id: "not-found", path: "*" },
];

/** What React Router's own matching made of an address, in `appRouteOf`'s terms. */
function reactRouterRouteOf(pathname: string): AppRoute {
  const match = matchRoutes(reactRouterTree, pathname)?.at(-1);
  const id = match?.route.id ?? "not-found";
  const panel = match?.params.panel ?? "";
  if (id === "login" || id === "key-expired" || id === "home") return { route: id, panel };
  if (id === "func") return { route: "func", panel, func: match?.params.func ?? "" };
  return { route: id as "root" | "manager" | "not-found" };
}

describe("appRouteOf", () => {
  it("names each of the console's addresses", () => {
    expect(appRouteOf("/")).toEqual({ route: "root" });
    expect(appRouteOf("/dcimgr")).toEqual({ route: "home", panel: "dcimgr" });
    expect(appRouteOf("/dcimgr/")).toEqual({ route: "home", panel: "dcimgr" });
    expect(appRouteOf("/dcimgr/login")).toEqual({ route: "login", panel: "dcimgr" });
    expect(appRouteOf("/dcimgr/key-expired")).toEqual({ route: "key-expired", panel: "dcimgr" });
    expect(appRouteOf("/dcimgr/server.edit")).toEqual({
      route: "func",
      panel: "dcimgr",
      func: "server.edit",
    });
  });

  it("sends the panel's other address, /manager/…, to be rewritten", () => {
    expect(appRouteOf("/manager")).toEqual({ route: "manager" });
    expect(appRouteOf("/manager/dcimgr")).toEqual({ route: "manager" });
    expect(appRouteOf("/Manager/dcimgr/server")).toEqual({ route: "manager" });
  });

  it("matches names as React Router did: any case, each segment decoded", () => {
    expect(appRouteOf("/dcimgr/LOGIN")).toEqual({ route: "login", panel: "dcimgr" });
    expect(appRouteOf("/dcimgr/a%2Fb")).toEqual({ route: "func", panel: "dcimgr", func: "a/b" });
    // A broken escape is kept as written rather than thrown.
    expect(appRouteOf("/dcimgr/%E0%A4%A")).toEqual({
      route: "func",
      panel: "dcimgr",
      func: "%E0%A4%A",
    });
  });

  it("agrees with React Router's matching of the old route tree", () => {
    const addresses = [
      ...["/", "//", "/dcimgr", "/dcimgr/", "/dcimgr//", "/DCImgr/Server", "/dcimgr/login"],
      ...["/dcimgr/Login/", "/dcimgr/key-expired", "/dcimgr/server.edit", "/dcimgr/a%2Fb"],
      ...["/dcimgr/%E0%A4%A", "/dcimgr/%D1%8F", "/manager", "/manager/", "/MANAGER/dcimgr/x"],
      ...["/manager//x", "/dcimgr/server/extra", "/dcimgr//server", "//dcimgr", "/a/b/c/d"],
    ];
    for (const address of addresses)
      expect(appRouteOf(address), address).toEqual(reactRouterRouteOf(address));
  });

  it("finds nothing deeper than a function", () => {
    expect(appRouteOf("/dcimgr/server/extra")).toEqual({ route: "not-found" });
  });
});
