// @vitest-environment node
import { QueryObserver } from "@tanstack/react-query";
import { describe, expect, it, vi } from "vitest";

import { parseList } from "../xjson/parse-list";
import { parseForm } from "../xjson/parse-form";
import { autoupdateInterval, pageQuery } from "./queries";

describe("pageQuery", () => {
  it("refreshes a list every autoupdate seconds while the tab is visible, and nothing else", () => {
    expect(autoupdateInterval(parseList({ metadata: { $type: "list", $autoupdate: "10" } }))).toBe(
      10_000,
    );
    expect(autoupdateInterval(parseList({ metadata: { $type: "list" } }))).toBe(false);
    expect(autoupdateInterval(parseForm({ metadata: { $type: "form" } }))).toBe(false);
    expect(
      pageQuery({ panel: "dcimgr", identity: "admin", lang: "en" }, "server", {})
        .refetchIntervalInBackground,
    ).toBe(false);
  });
});

describe("pageQuery whose parser cannot load", () => {
  it("fails like any request, not retried on its own, and its retry asks for the code again", async () => {
    vi.resetModules();
    let online = false;
    let asked = 0;
    vi.doMock("../xjson/parse-form", async (original: () => Promise<object>) => {
      asked += 1;
      if (!online) throw new TypeError("Failed to fetch dynamically imported module");
      return original();
    });
    const form = { $func: "server.edit", metadata: { $type: "form" } };
    vi.doMock("./client", () => ({ mgrCall: () => Promise.resolve(form) }));
    const { pageQuery: freshPageQuery } = await import("./queries");
    const { createQueryClient } = await import("./query-client");
    const client = createQueryClient();
    const options = freshPageQuery(
      { panel: "dcimgr", identity: "admin", lang: "en" },
      "server.edit",
      {},
    );
    const observer = new QueryObserver(client, options);
    const unsubscribe = observer.subscribe(() => undefined);
    await vi.waitFor(() => {
      expect(observer.getCurrentResult().status).toBe("error");
    });
    expect(observer.getCurrentResult().error).toMatchObject({ name: "ParserLoadError" });
    expect(asked).toBe(1);
    online = true;
    const retried = await observer.refetch();
    expect(retried.data).toMatchObject({ kind: "form", func: "server.edit" });
    expect(asked).toBe(2);
    unsubscribe();
    vi.doUnmock("../xjson/parse-form");
    vi.doUnmock("./client");
  });
});
