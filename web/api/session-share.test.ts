import { afterEach, describe, expect, it } from "vitest";

import { waitForSession } from "./reauth";
import { announceRenewal, shareSessionAcrossTabs } from "./session-share";
import { useSessionStore } from "./session-store";

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
});

function expiredSession(sessionId: string, username = "admin") {
  useSessionStore.getState().signedIn({ sessionId, username, level: 29, viaKey: false });
  useSessionStore.getState().expire();
}

describe("tabs that share a session", () => {
  it("resume their waiting requests when any tab signs in again", async () => {
    expiredSession("old-session");
    stop = shareSessionAcrossTabs();
    const waiting = waitForSession();
    // Another tab of the same session signed in again.
    announceRenewal("dcimgr", "old-session", {
      sessionId: "new-session",
      username: "admin",
      level: 29,
    });
    await waiting;
    expect(useSessionStore.getState()).toMatchObject({
      status: "active",
      sessionId: "new-session",
    });
  });

  it("leave a tab alone when the renewed session is another user's", async () => {
    expiredSession("old-session", "admin");
    stop = shareSessionAcrossTabs();
    announceRenewal("dcimgr", "old-session", {
      sessionId: "new-session",
      username: "mallory",
      level: 29,
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(useSessionStore.getState()).toMatchObject({ status: "expired", username: "admin" });
  });

  it("leave a tab with a session of its own alone", async () => {
    expiredSession("own-session");
    stop = shareSessionAcrossTabs();
    announceRenewal("dcimgr", "old-session", {
      sessionId: "new-session",
      username: "admin",
      level: 29,
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(useSessionStore.getState()).toMatchObject({
      status: "expired",
      sessionId: "own-session",
    });
  });
});
