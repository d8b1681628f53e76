import { render } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";

import { signIn } from "../api/auth";
import { useSessionStore } from "../api/session-store";
import { screen, setupMockPanel, userEvent } from "../testing";
import { App } from "./app";
import { captureFuncLink } from "./key-login";

const { emulator } = setupMockPanel();

/** A session opened the way billing opens it for a customer: a one-time key, then `auth`. */
async function billingSession(username: string): Promise<string> {
  const key = `${username}-billing-link-000001`;
  const ask = async (query: string) =>
    (await emulator.handle(new Request(`http://panel.test/dcimgr?${query}`), "127.0.0.1")).json();
  await ask(`authinfo=admin:admin&out=json&func=session.newkey&username=${username}&key=${key}`);
  const reply = (await ask(`out=json&func=auth&username=${username}&key=${key}`)) as {
    doc: { auth: { $: string } };
  };
  return reply.doc.auth.$;
}

function openLink(address: string) {
  window.history.replaceState(null, "", address);
  captureFuncLink();
  return render(<App />);
}

describe("a link to a function at the panel's endpoint", { timeout: 15_000 }, () => {
  it("takes over the session it hands over, asks, then opens the IPMI console billing linked to", async () => {
    const open = vi.spyOn(window, "open").mockReturnValue(null);
    const session = await billingSession("acme");
    const server = emulator.state.servers.find((srv) => srv.owner === "acme" && srv.ipmiIp);
    if (!server) throw new Error("acme has no server with IPMI in the seed");
    // ISPsystem's WHMCS module builds exactly this address (evidence/whmcs-dcimanager.md).
    openLink(
      `/dcimgr?auth=${session}&elid=${server.id}&func=ipmiredirect&newwindow=yes&value=IPMI%20S${server.id}`,
    );

    expect(
      await screen.findByRole("heading", { name: "Open this function?" }, { timeout: 5000 }),
    ).toBeVisible();
    expect(window.location.href).not.toContain(session);
    expect(window.location.pathname).toBe("/dcimgr/ipmiredirect");
    expect(useSessionStore.getState().username).toBe("acme");
    expect(open).not.toHaveBeenCalled();

    await userEvent.setup().click(screen.getByRole("button", { name: "Open it" }));
    await vi.waitFor(() => {
      expect(open).toHaveBeenCalledWith(
        `https://${server.ipmiIp}/`,
        "_blank",
        "noopener,noreferrer",
      );
    });
  });

  it("says the link is no longer valid when the panel does not know its session", async () => {
    openLink("/dcimgr?auth=0123456789abcdef0123&elid=1&func=ipmiredirect");
    expect(
      await screen.findByText(/link .*(expired|used)|no longer valid/i, undefined, {
        timeout: 3000,
      }),
    ).toBeVisible();
    expect(useSessionStore.getState().status).not.toBe("active");
    expect(window.location.href).not.toContain("0123456789abcdef0123");
  });

  it("never switches a tab someone is signed in to over to the link's session", async () => {
    const session = await billingSession("acme");
    await signIn({ username: "admin", password: "admin", lang: "en" });
    openLink(`/dcimgr?auth=${session}&elid=1&func=ipmiredirect`);
    expect(
      await screen.findByRole("heading", { name: "Open this function?" }, { timeout: 5000 }),
    ).toBeVisible();
    expect(useSessionStore.getState().username).toBe("admin");
    expect(useSessionStore.getState().sessionId).not.toBe(session);
    expect(window.location.href).not.toContain(session);
  });

  it("goes where the link leads once: a skip link afterwards stays on the page", async () => {
    await signIn({ username: "admin", password: "admin", lang: "en" });
    openLink("/dcimgr?elid=1&func=ipmiredirect");
    await screen.findByRole("heading", { name: "Open this function?" }, { timeout: 5000 });
    const user = userEvent.setup();
    await user.click(screen.getByRole("link", { name: "Switches" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Switches" })).toBeVisible();
    // An in-page link makes a history entry keyed like the one the link was opened at.
    await user.click(screen.getByRole("link", { name: "Skip to content" }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(window.location.pathname).toBe("/dcimgr/switch");
    expect(screen.getByRole("heading", { level: 1, name: "Switches" })).toBeVisible();
  });
});
