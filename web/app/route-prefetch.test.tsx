import { render } from "@testing-library/react";
import { http } from "msw";
import { describe, expect, it } from "vitest";

import { screen, setupMockPanel, userEvent, waitFor } from "../testing";
import { recordRequests } from "../testing/record-requests";
import { App } from "./app";

const { server } = setupMockPanel();

/** Holds the panel's answers to `func` until released; every other request goes on. */
function holdAnswers(func: string) {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  server.use(
    http.post("*/dcimgr", async ({ request }) => {
      const params = new URLSearchParams(await request.clone().text());
      if (params.get("func") === func) await held;
      return undefined;
    }),
  );
  return release;
}

/** The deployment's start page hint in index.html; removed by the test that adds it. */
function startPageMeta(content: string): HTMLMetaElement {
  const meta = document.createElement("meta");
  meta.name = "mgr-start-page";
  meta.content = content;
  document.head.append(meta);
  return meta;
}

async function signIn(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText("Username"), "admin");
  await user.type(screen.getByLabelText("Password"), "admin");
  await user.click(screen.getByRole("button", { name: "Log in" }));
}

/**
 * Signs in on a fresh login page while the menu's answer is held, and waits until the start page
 * is asked for anyway: the menu has not answered yet. Resolves to the requests and the release.
 */
async function signInWithMenuHeld(user: ReturnType<typeof userEvent.setup>) {
  const sent = recordRequests(server);
  const release = holdAnswers("desktop");
  window.history.replaceState(null, "", "/dcimgr/login");
  render(<App />);
  await signIn(user);
  await waitFor(() => {
    expect(sent.map((params) => params.get("func"))).toContain("server");
  });
  return { sent, release };
}

describe("no waterfall", () => {
  it("asks for a list once, with the navigation, and draws it", async () => {
    const sent = recordRequests(server);
    const user = userEvent.setup();
    window.history.replaceState(null, "", "/dcimgr/login");
    render(<App />);
    await signIn(user);
    expect(await screen.findByRole("heading", { level: 1, name: "Servers" })).toBeVisible();
    await user.click(screen.getByRole("link", { name: "Switches" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Switches" })).toBeVisible();
    const funcs = sent.map((params) => params.get("func"));
    expect(funcs.filter((func) => func === "server")).toHaveLength(1);
    expect(funcs.filter((func) => func === "switch")).toHaveLength(1);
    expect(funcs.filter((func) => func === "desktop")).toHaveLength(1);
  });

  it("asks a returning user's start page together with the menu, not after it", async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, "", "/dcimgr/login");
    const first = render(<App />);
    await signIn(user);
    expect(await screen.findByRole("heading", { level: 1, name: "Servers" })).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Log out" }));
    await screen.findByLabelText("Username");
    first.unmount();

    const { release } = await signInWithMenuHeld(user);
    release();
    expect(await screen.findByRole("heading", { level: 1, name: "Servers" })).toBeVisible();
  });

  it("asks the start page the deployment names together with the menu in a new browser", async () => {
    const meta = startPageMeta("server:list");
    try {
      const { sent, release } = await signInWithMenuHeld(userEvent.setup());
      release();
      expect(await screen.findByRole("heading", { level: 1, name: "Servers" })).toBeVisible();
      // Asked once: the menu named the same start page, and the answer in hand was drawn.
      expect(sent.filter((params) => params.get("func") === "server")).toHaveLength(1);
    } finally {
      meta.remove();
    }
  });

  it("goes where the menu says when the deployment's start page is another", async () => {
    const meta = startPageMeta("switch:list");
    try {
      const user = userEvent.setup();
      window.history.replaceState(null, "", "/dcimgr/login");
      render(<App />);
      await signIn(user);
      expect(await screen.findByRole("heading", { level: 1, name: "Servers" })).toBeVisible();
      expect(window.location.pathname).toBe("/dcimgr/server");
    } finally {
      meta.remove();
    }
  });
});
