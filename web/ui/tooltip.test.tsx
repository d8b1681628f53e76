import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";

import { Tooltip } from "./tooltip";

describe("Tooltip", () => {
  it("shows on keyboard focus at once, describes the element, and hides with Escape", async () => {
    const user = userEvent.setup();
    render(
      <Tooltip text="Select one row">
        <button type="button" aria-disabled="true">
          Edit
        </button>
      </Tooltip>,
    );
    const button = screen.getByRole("button", { name: "Edit" });
    expect(button).toHaveAccessibleDescription("Select one row");
    const tip = screen.getByRole("tooltip", { hidden: true });
    expect(tip).not.toHaveClass("tooltip-shown");
    await user.tab();
    expect(button).toHaveFocus();
    await screen.findByRole("tooltip");
    expect(tip).toHaveClass("tooltip-shown");
    await user.keyboard("{Escape}");
    expect(tip).not.toHaveClass("tooltip-shown");
    // Escape hides the tip, never the focus.
    expect(button).toHaveFocus();
  });

  it("shows on hover after a moment and stays while the pointer is on it", async () => {
    const user = userEvent.setup();
    render(
      <Tooltip text="Powered on" describes={false}>
        <span role="img" aria-label="Powered on">
          On
        </span>
      </Tooltip>,
    );
    const pill = screen.getByRole("img", { name: "Powered on" });
    // Its name already says it: not said again as a description.
    expect(pill).not.toHaveAccessibleDescription();
    await user.hover(pill);
    const tip = await screen.findByRole("tooltip", { hidden: true });
    await expect.poll(() => tip.classList.contains("tooltip-shown")).toBe(true);
    await user.hover(tip);
    expect(tip).toHaveClass("tooltip-shown");
    await user.unhover(tip);
    // A tip that describes nothing is not kept in the document while hidden.
    await expect.poll(() => tip.isConnected).toBe(false);
  });

  it("goes when a scroll moves its element away from it", async () => {
    const user = userEvent.setup();
    render(
      <div data-testid="list" style={{ overflow: "auto" }}>
        <Tooltip text="Powered on" describes={false}>
          <span role="img" aria-label="Powered on">
            On
          </span>
        </Tooltip>
      </div>,
    );
    const pill = screen.getByRole("img", { name: "Powered on" });
    let top = 100;
    vi.spyOn(pill, "getBoundingClientRect").mockImplementation(() => new DOMRect(10, top, 30, 20));
    await user.hover(pill);
    const tip = await screen.findByRole("tooltip", { hidden: true });
    await expect.poll(() => tip.classList.contains("tooltip-shown")).toBe(true);
    // A scroll that moved nothing since the tip was placed (focus scrolling it into view) stays.
    fireEvent.scroll(screen.getByTestId("list"));
    expect(tip).toHaveClass("tooltip-shown");
    top = 40;
    fireEvent.scroll(screen.getByTestId("list"));
    await expect.poll(() => tip.isConnected).toBe(false);
  });

  it("draws the element alone when there is nothing to say", () => {
    render(
      <Tooltip text={undefined}>
        <button type="button">Save</button>
      </Tooltip>,
    );
    expect(screen.queryByRole("tooltip", { hidden: true })).toBeNull();
    expect(screen.getByRole("button", { name: "Save" })).not.toHaveAccessibleDescription();
  });
});
