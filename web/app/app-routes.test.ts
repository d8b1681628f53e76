import { describe, expect, it } from "vitest";

import { appRouteOf } from "./app-routes";

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

  it("finds nothing deeper than a function", () => {
    expect(appRouteOf("/dcimgr/server/extra")).toEqual({ route: "not-found" });
  });
});
