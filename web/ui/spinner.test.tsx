import { act, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import { Spinner } from "./spinner";

describe("Spinner", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("says what is awaited at once by default", () => {
    render(<Spinner label="Loading…" />);
    expect(screen.getByRole("status")).toHaveTextContent("Loading…");
  });

  it("with a delay, is an empty status until then, so a short wait shows nothing", () => {
    vi.useFakeTimers();
    const { unmount } = render(<Spinner label="Signing you in…" delayMs={300} />);
    const status = screen.getByRole("status");
    expect(status).toBeEmptyDOMElement();
    act(() => {
      vi.advanceTimersByTime(299);
    });
    expect(status).toBeEmptyDOMElement();
    act(() => {
      vi.advanceTimersByTime(1);
    });
    // The same live region, now with words: this is what a screen reader announces.
    expect(screen.getByRole("status")).toBe(status);
    expect(status).toHaveTextContent("Signing you in…");
    unmount();
  });
});
