import { QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it } from "vitest";

import { useSessionStore } from "../api/session-store";
import { resetOnIdentityChange } from "./identity-reset";

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
});

function signedIn(username: string, sessionId = `s-${username}`) {
  useSessionStore.getState().signedIn({ sessionId, username, level: 29, viaKey: false });
}

describe("the identity reset", () => {
  it("empties the cache, the actions and the drafts when the identity changes, and only then", () => {
    signedIn("admin");
    const client = new QueryClient();
    stop = resetOnIdentityChange(client);
    client.setQueryData(["any"], "admin's rows");
    sessionStorage.setItem("dci-console.draft.x", "{}");

    // The same user signing in again after expiry keeps everything.
    useSessionStore.getState().expire();
    signedIn("admin", "s-admin-2");
    expect(client.getQueryData(["any"])).toBe("admin's rows");
    expect(sessionStorage.getItem("dci-console.draft.x")).toBe("{}");

    useSessionStore.getState().enterSu("acme", "/dcimgr/user");
    expect(client.getQueryData(["any"])).toBeUndefined();
    expect(sessionStorage.getItem("dci-console.draft.x")).toBeNull();

    client.setQueryData(["any"], "acme's rows");
    useSessionStore.getState().leaveSu();
    expect(client.getQueryData(["any"])).toBeUndefined();

    client.setQueryData(["any"], "admin's rows");
    useSessionStore.getState().signedOut();
    expect(client.getQueryData(["any"])).toBeUndefined();
  });

  it("keeps acting as the customer when the same operator signs in again, not when another does", () => {
    signedIn("admin");
    useSessionStore.getState().enterSu("acme", "/dcimgr/user");
    useSessionStore.getState().expire();
    signedIn("admin", "s-admin-2");
    expect(useSessionStore.getState().su).toBe("acme");
    useSessionStore.getState().expire();
    signedIn("root", "s-root");
    expect(useSessionStore.getState().su).toBeUndefined();
  });
});
