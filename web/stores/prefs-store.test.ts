import { afterEach, describe, expect, it, vi } from "vitest";

async function reloadWith(stored: string) {
  localStorage.setItem("dci-console.prefs", stored);
  vi.resetModules();
  const { usePrefsStore } = await import("./prefs-store");
  return usePrefsStore;
}

afterEach(() => {
  localStorage.clear();
});

describe("list preferences kept in localStorage", () => {
  it("come back after a reload, in the format earlier versions wrote", async () => {
    const store = await reloadWith("");
    store.getState().setPageSize("dcimgr.server", 50);
    store.getState().setHiddenColumns("dcimgr.server", ["rack"]);
    const written = localStorage.getItem("dci-console.prefs") ?? "";
    expect(JSON.parse(written)).toEqual({
      state: { lists: { "dcimgr.server": { pageSize: 50, hiddenColumns: ["rack"] } } },
      version: 0,
    });
    const again = await reloadWith(written);
    expect(again.getState().lists["dcimgr.server"]).toEqual({
      pageSize: 50,
      hiddenColumns: ["rack"],
    });
  });

  it("keep only the choices that make sense", async () => {
    const store = await reloadWith(
      JSON.stringify({
        state: {
          lists: {
            "dcimgr.server": { pageSize: -5, hiddenColumns: ["rack", 7, null] },
            "dcimgr.user": { pageSize: "all" },
            "dcimgr.iplist": "wide",
          },
        },
        version: 0,
      }),
    );
    expect(store.getState().lists).toEqual({
      "dcimgr.server": { hiddenColumns: ["rack"] },
      "dcimgr.user": {},
      "dcimgr.iplist": {},
    });
  });

  it("start empty from storage that is not theirs", async () => {
    for (const junk of ["{oops", "null", '{"state":{"lists":[1,2]}}', '"text"']) {
      const store = await reloadWith(junk);
      expect(store.getState().lists).toEqual({});
    }
  });
});
