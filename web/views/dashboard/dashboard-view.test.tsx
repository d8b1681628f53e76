import { QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { describe, expect, it, vi } from "vitest";

import { createTestQueryClient, screen, setupMockPanel, within } from "../../testing";
import { openSignedIn } from "../../testing/app-session";
import { parseDashboard } from "../../xjson/parse-dashboard";
import { DashboardView } from "./dashboard-view";

setupMockPanel();

describe("the dashboard's url block", () => {
  it("shows the page at the block's address in a sandboxed frame, and a link to it", async () => {
    await openSignedIn("/dcimgr/dashboard");
    const block = await screen.findByRole("region", { name: "Who is signed in" });
    expect(within(block).getByRole("heading", { name: "Who is signed in" })).toBeVisible();
    const frame = within(block).getByTitle("Who is signed in");
    expect(frame.tagName).toBe("IFRAME");
    expect(frame).toHaveAttribute("src", "/dcimgr?func=session&out=print&lang=en");
    // No scripts, forms or navigation; the panel's own page may load with the session cookie.
    expect(frame).toHaveAttribute("sandbox", "allow-same-origin");
    const open = within(block).getByRole("link", { name: "Open in a new window" });
    expect(open).toHaveAttribute("href", "/dcimgr?func=session&out=print&lang=en");
    expect(open).toHaveAttribute("target", "_blank");
    expect(open).toHaveAttribute("rel", "noopener noreferrer");
    // The other blocks are still there, each by its kind.
    expect(screen.getByRole("region", { name: "Quick links" })).toBeVisible();
    expect(
      await within(screen.getByRole("region", { name: "Traffic" })).findByRole("table"),
    ).toBeVisible();
  });
});

describe("dashboard blocks the console will not or cannot draw", () => {
  it("frames another site without an origin, refuses an address that is not a page, and names an unknown kind", () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const dashboard = parseDashboard({
      $func: "dashboard",
      block: [
        { $name: "evil", $type: "url", $func: "javascript:alert(document.cookie)" },
        { $name: "weather", $type: "gadget", $position: "right" },
        { $name: "uptime", $type: "url", $func: "https://status.example.com/board" },
      ],
      messages: {
        msg: { title: "Dashboard", evil: "Status", weather: "Weather", uptime: "Uptime" },
      },
    });
    render(
      <QueryClientProvider client={createTestQueryClient()}>
        <MemoryRouter>
          <DashboardView panel="dcimgr" dashboard={dashboard} />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    const refused = screen.getByRole("region", { name: "Status" });
    expect(within(refused).queryByTitle("Status")).toBeNull();
    expect(within(refused).queryByRole("link")).toBeNull();
    expect(within(refused).getByRole("note")).toHaveTextContent(
      "is not shown: javascript:alert(document.cookie)",
    );
    // Another site's page gets no origin at all.
    const uptime = within(screen.getByRole("region", { name: "Uptime" })).getByTitle("Uptime");
    expect(uptime).toHaveAttribute("src", "https://status.example.com/board");
    expect(uptime).toHaveAttribute("sandbox", "");
    const unknown = screen.getByRole("region", { name: "Weather" });
    expect(within(unknown).getByRole("note")).toHaveTextContent(
      "This kind of block is not supported by this interface yet: gadget",
    );
  });
});
