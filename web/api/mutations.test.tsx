import { useQuery } from "@tanstack/react-query";
import { act, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { renderWithClient, setupMockPanel } from "../testing";
import { signIn } from "./auth";
import { mgrCall } from "./client";
import { mgrKeys } from "./keys";
import { useAction, type ActionHandlers } from "./mutations";
import { currentScope } from "./scope";

const { server } = setupMockPanel();

/** A component that runs actions, and a query of the same identity that counts its fetches. */
function mount() {
  const heard: string[] = [];
  let fetches = 0;
  let action: ReturnType<typeof useAction> | undefined;
  function Runner() {
    action = useAction();
    // eslint-disable-next-line @tanstack/query/exhaustive-deps -- the count is the test's, not a key
    useQuery({
      queryKey: [...mgrKeys.identity(currentScope()), "power"],
      queryFn: () => {
        fetches += 1;
        return mgrCall({ func: "server", params: {}, scope: currentScope() });
      },
    });
    return <p>{action.isPending ? "running" : "idle"}</p>;
  }
  const view = renderWithClient(<Runner />);
  const handlers = (name: string): ActionHandlers => ({
    onSuccess: () => heard.push(`${name}: done after ${String(fetches)} fetches`),
    onError: () => heard.push(`${name}: failed`),
    onSettled: () => heard.push(`${name}: settled`),
  });
  const run = (func: string, elid: string, name = func) => {
    act(() => {
      action?.mutate({ func, params: { elid, sok: "ok" } }, handlers(name));
    });
  };
  return { view, heard, run, fetches: () => fetches };
}

describe("useAction", () => {
  it("is pending while it runs, and reports success once what the identity sees is fetched again", async () => {
    await signIn({ username: "admin", password: "admin", lang: "en" });
    const { view, heard, run, fetches } = mount();
    await waitFor(() => {
      expect(fetches()).toBe(1);
    });
    run("server.reboot", "1");
    expect(view.getByText("running")).toBeVisible();
    await waitFor(() => {
      expect(heard).toEqual(["server.reboot: done after 2 fetches", "server.reboot: settled"]);
    });
    expect(view.getByText("idle")).toBeVisible();
  });

  it("reports a refusal without fetching again, since nothing changed", async () => {
    await signIn({ username: "admin", password: "admin", lang: "en" });
    const { heard, run, fetches } = mount();
    await waitFor(() => {
      expect(fetches()).toBe(1);
    });
    run("server.reboot", "no-such-server");
    await waitFor(() => {
      expect(heard).toEqual(["server.reboot: failed", "server.reboot: settled"]);
    });
    expect(fetches()).toBe(1);
  });

  it("says nothing to a component that is gone", async () => {
    await signIn({ username: "admin", password: "admin", lang: "en" });
    const { view, heard, run } = mount();
    const reboots = new Set<string>();
    server.events.on("request:start", ({ request, requestId }) => {
      void request
        .clone()
        .text()
        .then((body) => {
          if (body.includes("server.reboot")) reboots.add(requestId);
        });
    });
    const answered = new Promise<void>((resolve) => {
      server.events.on("response:mocked", ({ requestId }) => {
        if (reboots.has(requestId)) resolve();
      });
    });
    run("server.reboot", "1");
    view.unmount();
    await answered;
    // The answer is in; what would report it runs in the next moments.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard).toEqual([]);
  });
});
