import { QueryClient } from "@tanstack/react-query";
import { http, HttpResponse } from "msw";
import { describe, expect, it, vi } from "vitest";

import { setupMockPanel, waitFor } from "../testing";
import { recordRequests } from "../testing/record-requests";
import { signIn, signOut } from "./auth";
import { mgrCall, preloadUpload } from "./client";
import { runAction } from "./mutations";
import { currentScope } from "./scope";
import { notifyQuery } from "./queries";
import {
  CodeLoadError,
  IdentityChangedError,
  MalformedReplyError,
  MgrError,
  NetworkError,
  SessionExpiredError,
  UnknownResultError,
} from "./errors";
import { useSessionStore } from "./session-store";

const { emulator, server } = setupMockPanel();

describe("the request door", () => {
  it("signs in, keeps the session id in the store and sessionStorage, never in localStorage", async () => {
    await signIn({ username: "admin", password: "admin", lang: "en" });
    const { sessionId, status, level } = useSessionStore.getState();
    expect(status).toBe("active");
    expect(level).toBe(29);
    expect(sessionStorage.getItem("dci-console.session")).toContain(sessionId ?? "missing");
    expect(JSON.stringify(Object.entries(localStorage))).not.toContain(sessionId ?? "missing");
  });

  it("sends out=xjson, sfrom=ajax, the language and the session on every call", async () => {
    const seen = recordRequests(server);
    await signIn({ username: "acme", password: "acme", lang: "ru" });
    const doc = await mgrCall({ func: "server", params: { out: "xml", p_cnt: "5" } });
    expect(doc.messages).toMatchObject({ msg: { title: "Серверы" } });
    server.events.removeAllListeners();
    const call = seen.find((params) => params.get("func") === "server");
    expect(call?.get("out")).toBe("xjson");
    expect(call?.get("sfrom")).toBe("ajax");
    expect(call?.get("lang")).toBe("ru");
    expect(call?.get("auth")).toBe(useSessionStore.getState().sessionId);
  });

  it("turns a refused login into an MgrError that names the reason", async () => {
    const failure = await signIn({ username: "admin", password: "wrong", lang: "en" }).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(MgrError);
    expect((failure as MgrError).detail.object).toBe("badpassword");
    expect(useSessionStore.getState().status).toBe("anonymous");
  });

  it("marks the session expired on an access error and fails the call when the user signs out instead", async () => {
    await signIn({ username: "admin", password: "admin", lang: "en" });
    emulator.sessions.clear();
    const call = mgrCall({ func: "server" });
    await vi.waitFor(() => {
      expect(useSessionStore.getState().status).toBe("expired");
    });
    useSessionStore.getState().signedOut();
    await expect(call).rejects.toBeInstanceOf(SessionExpiredError);
  });

  it("fails at once for a customer who came by key: they cannot sign in here", async () => {
    useSessionStore
      .getState()
      .signedIn({ sessionId: "gone", username: "acme", level: 16, viaKey: true });
    await expect(mgrCall({ func: "server" })).rejects.toBeInstanceOf(SessionExpiredError);
    expect(useSessionStore.getState().status).toBe("expired");
  });

  it("reports an unknown function as an MgrError, not as an expired session", async () => {
    await signIn({ username: "admin", password: "admin", lang: "en" });
    const failure = await mgrCall({ func: "nosuch" }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MgrError);
    expect(failure).not.toBeInstanceOf(SessionExpiredError);
  });

  it("turns a dropped connection and an HTTP 502 into NetworkError", async () => {
    server.use(http.post("*/dcimgr", () => HttpResponse.error()));
    await expect(mgrCall({ func: "server" })).rejects.toBeInstanceOf(NetworkError);
    server.use(http.post("*/dcimgr", () => new HttpResponse("Bad gateway", { status: 502 })));
    await expect(mgrCall({ func: "server" })).rejects.toMatchObject({
      name: "NetworkError",
      status: 502,
    });
  });

  it("turns a truncated or non-JSON body into MalformedReplyError", async () => {
    server.use(
      http.post(
        "*/dcimgr",
        () =>
          new HttpResponse('{"doc": {"elem": [', {
            headers: { "content-type": "application/json" },
          }),
      ),
    );
    await expect(mgrCall({ func: "server" })).rejects.toBeInstanceOf(MalformedReplyError);
    server.use(
      http.post(
        "*/dcimgr",
        () => new HttpResponse("<html>login</html>", { headers: { "content-type": "text/html" } }),
      ),
    );
    await expect(mgrCall({ func: "server" })).rejects.toBeInstanceOf(MalformedReplyError);
  });

  it("reads JSON sent as text/plain", async () => {
    server.use(
      http.post(
        "*/dcimgr",
        () =>
          new HttpResponse('{"doc": {"ok": {}}}', { headers: { "content-type": "text/plain" } }),
      ),
    );
    await expect(mgrCall({ func: "keepalive" })).resolves.toEqual({ ok: {} });
  });

  it("ends the session on sign-out even when the panel cannot be reached", async () => {
    await signIn({ username: "admin", password: "admin", lang: "en" });
    server.use(http.post("*/dcimgr", () => HttpResponse.error()));
    await expect(signOut()).rejects.toBeInstanceOf(NetworkError);
    expect(useSessionStore.getState()).toMatchObject({ status: "anonymous", sessionId: undefined });
  });
});

describe("access errors", () => {
  it("reports a refusal of a live session as an MgrError and keeps the session", async () => {
    await signIn({ username: "acme", password: "acme", lang: "en" });
    const failure = await mgrCall({ func: "user" }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MgrError);
    expect(failure).not.toBeInstanceOf(SessionExpiredError);
    expect((failure as MgrError).detail.type).toBe("access");
    expect(useSessionStore.getState().status).toBe("active");
  });
});

describe("uploads", () => {
  it("sends files with the other parameters as multipart and reports the upload to the end", async () => {
    await signIn({ username: "admin", password: "admin", lang: "en" });
    const seen: { type: string; body: string }[] = [];
    const answer = emulator.handle.bind(emulator);
    vi.spyOn(emulator, "handle").mockImplementation(async (request, ip) => {
      seen.push({
        type: request.headers.get("content-type") ?? "",
        body: await request.clone().text(),
      });
      return answer(request, ip);
    });
    const progress: number[] = [];
    const key = new File(["ssh-ed25519 AAAA laptop"], "id_ed25519.pub", { type: "text/plain" });
    const doc = await mgrCall({
      func: "whoami",
      params: { note: "with a file" },
      files: { keyfile: [key] },
      onUploadProgress: (fraction) => progress.push(fraction),
    });
    expect(JSON.stringify(doc)).toContain("admin");
    expect(seen[0]?.type).toMatch(/^multipart\/form-data; boundary=/);
    // jsdom's XMLHttpRequest hands MSW the file part without its bytes; e2e checks the content.
    expect(seen[0]?.body).toMatch(/name="keyfile"; filename="[^"]+"\r\nContent-Type: text\/plain/);
    expect(seen[0]?.body).toContain('name="note"');
    expect(progress.at(-1)).toBe(1);
  });

  it("asks for the upload code again at the submit when fetching it ahead failed", async () => {
    await signIn({ username: "admin", password: "admin", lang: "en" });
    const failed = vi.fn(() => {
      throw new TypeError("Failed to fetch dynamically imported module");
    });
    vi.doMock("./upload", failed);
    preloadUpload();
    await waitFor(() => {
      expect(failed).toHaveBeenCalled();
    });
    vi.doUnmock("./upload");
    const doc = await mgrCall({
      func: "whoami",
      files: { keyfile: [new File(["key"], "id.pub")] },
    });
    expect(JSON.stringify(doc)).toContain("admin");
  });

  it("says nothing was sent, not that the result is unknown, when the upload code cannot be fetched", async () => {
    await signIn({ username: "admin", password: "admin", lang: "en" });
    vi.doMock("./upload", () => {
      throw new TypeError("Failed to fetch dynamically imported module");
    });
    const sent: string[] = [];
    server.events.on("request:start", ({ request }) => sent.push(request.url));
    const call = { func: "whoami", params: {}, files: { keyfile: [new File(["key"], "id.pub")] } };
    const failure = await mgrCall(call).catch((error: unknown) => error);
    // An action's result is known too: nothing was done, so nothing asks to look first.
    const actionFailure = await runAction(call).catch((error: unknown) => error);
    server.events.removeAllListeners();
    vi.doUnmock("./upload");
    expect(failure).toBeInstanceOf(CodeLoadError);
    expect(actionFailure).toBeInstanceOf(CodeLoadError);
    expect(actionFailure).not.toBeInstanceOf(UnknownResultError);
    expect(sent).toEqual([]);
  });
});

describe("identity", () => {
  it("refuses a request of an identity the tab no longer has, without sending it", async () => {
    await signIn({ username: "admin", password: "admin", lang: "en" });
    const adminScope = currentScope();
    await signOut();
    await signIn({ username: "acme", password: "acme", lang: "en" });
    const sent: string[] = [];
    server.events.on("request:start", ({ request }) => sent.push(request.url));
    const failure = await mgrCall({ func: "server", scope: adminScope }).catch(
      (error: unknown) => error,
    );
    server.events.removeAllListeners();
    expect(failure).toBeInstanceOf(IdentityChangedError);
    expect(sent).toEqual([]);
  });

  it("sends su with every request while acting as a user, but not the whoami probe", async () => {
    await signIn({ username: "admin", password: "admin", lang: "en" });
    useSessionStore.getState().enterSu("acme", "/dcimgr/user");
    const bodies = recordRequests(server);
    const doc = await mgrCall({ func: "whoami" });
    expect(JSON.stringify(doc)).toContain("acme");
    // acme may not list users: the refusal makes the door ask whether the session lives.
    const refused = await mgrCall({ func: "user" }).catch((error: unknown) => error);
    await waitFor(() => {
      expect(bodies).toHaveLength(3);
    });
    server.events.removeAllListeners();
    expect(refused).toBeInstanceOf(MgrError);
    expect(refused).not.toBeInstanceOf(SessionExpiredError);
    expect(bodies.map((body) => [body.get("func"), body.get("su")])).toEqual([
      ["whoami", "acme"],
      ["user", "acme"],
      ["whoami", null],
    ]);
    expect(useSessionStore.getState().status).toBe("active");
  });

  it("logs out and keeps alive the operator's session, not the user acted as", async () => {
    await signIn({ username: "admin", password: "admin", lang: "en" });
    useSessionStore.getState().enterSu("acme", "/dcimgr/user");
    const bodies = recordRequests(server);
    await signOut();
    await waitFor(() => {
      expect(bodies).toHaveLength(1);
    });
    server.events.removeAllListeners();
    expect(bodies[0]?.get("func")).toBe("logon");
    expect(bodies[0]?.has("su")).toBe(false);
  });
});

describe("notification polling", () => {
  it("asks the panel while someone works in the tab, and sends nothing while the tab is idle", async () => {
    await signIn({ username: "admin", password: "admin", lang: "en" });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const first = await client.query(notifyQuery(currentScope()));
    expect(first.items.map((item) => item.name)).toEqual(["problems", "operations"]);
    expect(first.timeoutSec).toBe(60);

    const sent: string[] = [];
    server.events.on("request:start", ({ request }) => sent.push(request.url));
    const later = Date.now() + 11 * 60_000;
    vi.spyOn(Date, "now").mockReturnValue(later);
    const idle = await client.query({ ...notifyQuery(currentScope()), staleTime: 0 });
    server.events.removeAllListeners();
    expect(idle).toEqual(first);
    expect(sent).toEqual([]);
  });
});
