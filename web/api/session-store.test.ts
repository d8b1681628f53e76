import { afterEach, describe, expect, it, vi } from "vitest";

/** The store as a reloaded tab makes it: fresh modules over what sessionStorage holds. */
async function reloadWith(state: unknown) {
  sessionStorage.setItem("dci-console.session", JSON.stringify({ state, version: 0 }));
  vi.resetModules();
  const { useSessionStore } = await import("./session-store");
  return useSessionStore;
}

const session = {
  panel: "dcimgr",
  sessionId: "a1b2c3d4e5",
  username: "admin",
  level: 29,
  viaKey: false,
  lang: "ru",
  status: "active",
};

afterEach(() => {
  sessionStorage.clear();
});

describe("the session kept across a reload", () => {
  it("comes back as it was stored", async () => {
    const store = await reloadWith({ ...session, su: "acme", suReturn: "/dcimgr/user" });
    expect(store.getState()).toMatchObject({ ...session, su: "acme", suReturn: "/dcimgr/user" });
  });

  it("is written in the format earlier versions read, and read back by the next tab load", async () => {
    const store = await reloadWith({});
    store
      .getState()
      .signedIn({ sessionId: "f00dfeed99", username: "acme", level: 16, viaKey: true });
    store.getState().setBillingUrl("https://billing.example/client");
    const saved = JSON.parse(sessionStorage.getItem("dci-console.session") ?? "{}") as {
      state?: Record<string, unknown>;
      version?: number;
    };
    expect(saved.version).toBe(0);
    expect(saved.state).toMatchObject({ sessionId: "f00dfeed99", status: "active", viaKey: true });
    const again = await reloadWith(saved.state);
    expect(again.getState()).toMatchObject({
      username: "acme",
      billingUrl: "https://billing.example/client",
    });
  });

  it("drops a stored link that leads off the web or off the app", async () => {
    const store = await reloadWith({
      ...session,
      billingUrl: "javascript:alert(1)",
      suReturn: "/\\evil.example/",
    });
    expect(store.getState().billingUrl).toBeUndefined();
    expect(store.getState().suReturn).toBeUndefined();
    expect(store.getState().sessionId).toBe(session.sessionId);
  });

  it("keeps a customer signed in by key whose name the panel did not say", async () => {
    const store = await reloadWith({ ...session, username: "", level: 16, viaKey: true });
    expect(store.getState()).toMatchObject({ status: "active", username: "", viaKey: true });
  });

  it("is no session without its id, but keeps the panel and the language", async () => {
    const store = await reloadWith({ ...session, sessionId: 42, panel: "ispmgr" });
    expect(store.getState()).toMatchObject({
      status: "anonymous",
      sessionId: undefined,
      username: undefined,
      panel: "ispmgr",
      lang: "ru",
    });
  });

  it("starts signed out from anything that is not a stored session", async () => {
    for (const junk of [null, "text", ["admin"], { status: "exploded", lang: "de" }]) {
      const store = await reloadWith(junk);
      expect(store.getState()).toMatchObject({ status: "anonymous", lang: "en", panel: "dcimgr" });
    }
    sessionStorage.setItem("dci-console.session", "{not json");
    vi.resetModules();
    const { useSessionStore } = await import("./session-store");
    expect(useSessionStore.getState().status).toBe("anonymous");
  });
});
