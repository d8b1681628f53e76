import { screen, within } from "@testing-library/react";
import { expect } from "vitest";

/**
 * The message a view, a route or the app shows when it could not be drawn, found as a user finds
 * it: an alert saying so, with Reload and a link to the start page (`home`). It is returned.
 */
export async function findCrashedView(home = "/dcimgr"): Promise<HTMLElement> {
  const alert = await screen.findByRole("alert");
  expect(alert).toHaveTextContent("This view could not be shown");
  expect(within(alert).getByRole("button", { name: "Reload" })).toBeVisible();
  expect(within(alert).getByRole("link", { name: "Go to the start page" })).toHaveAttribute(
    "href",
    home,
  );
  return alert;
}
