// @vitest-environment node
import { describe, expect, it } from "vitest";

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
