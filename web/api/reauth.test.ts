import { http } from "msw";
import { describe, expect, it, vi } from "vitest";

import { setupMockPanel } from "../testing";
import { signIn, signInAgain } from "./auth";
import { mgrCall } from "./client";
import { useSessionStore } from "./session-store";

const { emulator, server } = setupMockPanel();

function countCalls() {
  const calls: string[] = [];
  server.events.on("request:start", ({ request }) => {
    void request
      .clone()
      .text()
      .then((body) => calls.push(new URLSearchParams(body).get("func") ?? ""));
  });
  return calls;
}

describe("signing in again after the session expired", () => {
  it("waits for one sign-in, then sends every failed request once more", async () => {
    await signIn({ username: "admin", password: "admin", lang: "en" });
    const calls = countCalls();
    emulator.sessions.clear();

    const burst = ["server", "desktop", "user", "switch", "rack"].map((func) => mgrCall({ func }));
    await vi.waitFor(() => {
      expect(useSessionStore.getState().status).toBe("expired");
    });
    // A request made while the session is expired waits without being sent.
    const late = mgrCall({ func: "pdu" });

    await signInAgain("admin");
    const results = await Promise.all([...burst, late]);
    expect(results.every((doc) => doc.error === undefined)).toBe(true);
    server.events.removeAllListeners();

    const count = (func: string) => calls.filter((call) => call === func).length;
    expect(count("auth")).toBe(1);
    for (const func of ["server", "desktop", "user", "switch", "rack"]) expect(count(func)).toBe(2);
    expect(count("pdu")).toBe(1);
    expect(useSessionStore.getState().status).toBe("active");
  });

  it("keeps waiting through a wrong password, and replays after the right one", async () => {
    await signIn({ username: "admin", password: "admin", lang: "en" });
    emulator.sessions.clear();
    const call = mgrCall({ func: "server" });
    await vi.waitFor(() => {
      expect(useSessionStore.getState().status).toBe("expired");
    });
    await expect(signInAgain("wrong")).rejects.toMatchObject({ detail: { object: "badpassword" } });
    expect(useSessionStore.getState().status).toBe("expired");
    await signInAgain("admin");
    expect((await call).metadata).toBeDefined();
  });
});

describe("a late answer for an old session", () => {
  it("does not expire the session signed in meanwhile, and is sent again with it", async () => {
    await signIn({ username: "admin", password: "admin", lang: "en" });
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let holding = true;
    let heldAuth: string | null = null;
    server.use(
      http.post("*/dcimgr", async ({ request }) => {
        const body = new URLSearchParams(await request.clone().text());
        if (body.get("func") === "server" && holding) {
          holding = false;
          heldAuth = body.get("auth");
          await held;
        }
        return emulator.handle(request, "127.0.0.1");
      }),
    );
    const statuses: string[] = [];
    const unsubscribe = useSessionStore.subscribe((state) => statuses.push(state.status));
    const first = useSessionStore.getState().sessionId;
    const call = mgrCall({ func: "server" });
    emulator.sessions.clear();
    await signIn({ username: "admin", password: "admin", lang: "en" });
    expect(useSessionStore.getState().sessionId).not.toBe(first);
    await vi.waitFor(() => {
      expect(heldAuth).toBe(first);
    });
    release();
    expect((await call).metadata).toBeDefined();
    unsubscribe();
    expect(statuses).not.toContain("expired");
  });
});
