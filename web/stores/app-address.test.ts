import { describe, expect, it } from "vitest";

import { appAddress } from "./app-address";

describe("appAddress", () => {
  it("takes an address from the app's root and nothing that leaves it", () => {
    expect(appAddress("/dcimgr/server?elid=3")).toBe("/dcimgr/server?elid=3");
    expect(appAddress("/")).toBe("/");
    for (const other of ["//evil.example", "/\\evil.example", "https://evil.example", "server", ""])
      expect(appAddress(other), other).toBeUndefined();
    expect(appAddress(undefined)).toBeUndefined();
    expect(appAddress({ back: "/dcimgr" })).toBeUndefined();
  });
});
