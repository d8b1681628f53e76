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
