import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import { onDemand } from "./on-demand";
import { AppRouter } from "../../ui/app-router";
import { Link } from "../../ui/link";

describe("a part of the frame loaded on demand", () => {
  it("stands in with its fallback when its code cannot load, and tries again on a navigation", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    let online = false;
    let asked = 0;
    const part = onDemand(() => {
      asked += 1;
      return online
        ? Promise.resolve(() => <p>Tasks</p>)
        : Promise.reject(new Error("Failed to fetch dynamically imported module"));
    });
    window.history.replaceState(null, "", "/dcimgr");
    render(
      <AppRouter>
        <part.Part fallback={<p>Could not load</p>} />
        <Link to="/elsewhere">Elsewhere</Link>
      </AppRouter>,
    );
    expect(await screen.findByText("Could not load")).toBeVisible();
    expect(asked).toBe(1);

    online = true;
    await userEvent.setup().click(screen.getByRole("link", { name: "Elsewhere" }));
    expect(await screen.findByText("Tasks")).toBeVisible();
    expect(screen.queryByText("Could not load")).toBeNull();
  });
});
