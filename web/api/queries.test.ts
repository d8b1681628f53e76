// @vitest-environment node
import { describe, expect, it } from "vitest";

import { pageQuery } from "./queries";

describe("pageQuery", () => {
  it("refreshes a list every autoupdate seconds, and nothing else", () => {
    const options = pageQuery("dcimgr", "server", "en", {});
    const interval = options.refetchInterval;
    if (typeof interval !== "function")
      throw new Error("refetchInterval is computed from the data");
    const withData = (data: unknown) =>
      interval({ state: { data } } as Parameters<typeof interval>[0]);
    expect(withData({ kind: "list", autoupdate: 10 })).toBe(10_000);
    expect(withData({ kind: "list" })).toBe(false);
    expect(withData({ kind: "form" })).toBe(false);
    expect(options.refetchIntervalInBackground).toBe(false);
  });
});
