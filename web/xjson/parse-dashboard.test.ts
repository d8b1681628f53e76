// @vitest-environment node
import { describe, expect, it } from "vitest";

import { testPanel } from "../testing/emulator-client";
import { embeddableUrl, parseDashboard } from "./parse-dashboard";
import type { WireNode } from "./wire";

const dashboard: WireNode = {
  $func: "dashboard",
  block: [
    {
      $name: "links",
      $type: "toolbar",
      $position: "top",
      toolbtn: [
        { $name: "server", $list: "server" },
        { $name: "docs", $window: "docs" },
        { $name: "nothing" },
      ],
    },
    { $name: "server", $type: "list", $func: "server", $rows: "5", col: [{ $name: "name" }] },
    { $name: "traffic", $type: "report", $func: "traffic", $position: "right" },
    {
      $name: "sessions",
      $type: "url",
      $func: "/dcimgr?func=session&out=print&lang=en",
      $position: "right",
    },
    { $name: "bad", $type: "url", $func: "javascript:alert(1)" },
    { $name: "calendar", $type: "calendar", $position: "middle" },
  ],
  messages: { msg: { title: "Dashboard", links: "Quick links", sessions: "Who is signed in" } },
};

describe("parseDashboard", () => {
  const model = parseDashboard(dashboard);

  it("reads every block kind with its region, links, rows and columns", () => {
    expect(model.title).toBe("Dashboard");
    expect(model.blocks.map((block) => [block.name, block.type, block.position])).toEqual([
      ["links", "toolbar", "top"],
      ["server", "list", "left"],
      ["traffic", "report", "right"],
      ["sessions", "url", "right"],
      ["bad", "url", "left"],
      ["calendar", "unsupported", "left"],
    ]);
    expect(model.blocks[0]?.links).toEqual([
      { name: "server", title: "server", func: "server", opens: "list" },
      { name: "docs", title: "docs", func: "docs", opens: "window" },
    ]);
    expect(model.blocks[1]).toMatchObject({ rows: 5, columns: ["name"], url: undefined });
  });

  it("keeps the address of a url block from its func, and the declared type of an unknown block", () => {
    expect(model.blocks[3]).toMatchObject({
      title: "Who is signed in",
      func: "/dcimgr?func=session&out=print&lang=en",
      url: "/dcimgr?func=session&out=print&lang=en",
    });
    expect(model.blocks[4]).toMatchObject({ func: "javascript:alert(1)", url: undefined });
    expect(model.blocks[5]).toMatchObject({ type: "unsupported", declared: "calendar" });
  });

  it("reads the emulator's dashboard, url block included", async () => {
    const doc = await testPanel().as("admin")({ func: "dashboard" });
    const blocks = parseDashboard(doc).blocks;
    expect(blocks.map((block) => block.type)).toEqual(["toolbar", "list", "report", "url"]);
    expect(blocks[3]).toMatchObject({
      title: "Who is signed in",
      position: "right",
      url: "/dcimgr?func=session&out=print&lang=en",
    });
  });
});

describe("embeddableUrl", () => {
  it("keeps paths of this origin and http(s) addresses", () => {
    expect(embeddableUrl("/dcimgr?func=session&out=print")).toBe("/dcimgr?func=session&out=print");
    expect(embeddableUrl("  stat/index.html#top ")).toBe("/stat/index.html#top");
    expect(embeddableUrl("https://status.example.com/board")).toBe(
      "https://status.example.com/board",
    );
    expect(embeddableUrl("HTTP://status.example.com")).toBe("http://status.example.com/");
  });

  it("refuses other schemes and addresses a browser would read as another host", () => {
    for (const address of [
      "",
      "   ",
      "javascript:alert(1)",
      " java\nscript:alert(1)",
      "JAVASCRIPT:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "file:///etc/passwd",
      "ftp://files.example.com/",
      "//evil.example.com/x",
      "/\\evil.example.com/x",
      "\\\\evil.example.com/x",
      "https://same-origin.invalid/x",
      "http://[::1",
    ])
      expect(embeddableUrl(address), address).toBeUndefined();
  });
});
