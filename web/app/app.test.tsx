import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { screen, setupMockPanel, userEvent, within } from "../testing";
import { App } from "./app";

setupMockPanel();

function openAt(path: string) {
  window.history.replaceState(null, "", path);
  return render(<App />);
}

describe("signing in", () => {
  it("shows the operator the server list after logging in", async () => {
    const user = userEvent.setup();
    openAt("/dcimgr");
    await user.type(await screen.findByLabelText("Username"), "admin");
    await user.type(screen.getByLabelText("Password"), "admin");
    await user.click(screen.getByRole("button", { name: "Log in" }));

    const table = await screen.findByRole("grid");
    expect(screen.getByRole("heading", { name: "Servers" })).toBeVisible();
    expect(
      within(table)
        .getAllByRole("columnheader")
        // What a user reads: the sort button's words (the print-only copy is hidden on screen).
        .map((th) => th.querySelector("button")?.textContent ?? th.textContent),
    ).toEqual([
      "",
      "Name",
      "Domain name",
      "IP address",
      "Owner",
      "Server type",
      "Rack",
      "Status",
      // The rows' menus are a column of their own, shown on phones (the CSS is not loaded here).
      "Menu",
    ]);
    expect(within(table).getAllByRole("row")).toHaveLength(11);
    expect(within(table).getByRole("row", { name: /web1\.acme\.example/ })).toBeVisible();
    expect(within(table).getAllByRole("img", { name: "Powered on" }).length).toBeGreaterThan(0);
    expect(window.location.pathname).toBe("/dcimgr/server");
  });

  it("says why a login was refused and stays on the form", async () => {
    const user = userEvent.setup();
    openAt("/dcimgr/login");
    await user.type(await screen.findByLabelText("Username"), "admin");
    await user.type(screen.getByLabelText("Password"), "nope");
    await user.click(screen.getByRole("button", { name: "Log in" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Wrong username or password.");
    expect(screen.getByLabelText("Username")).toHaveValue("admin");
  });

  it("speaks Russian when chosen, in its own words and the panel's", async () => {
    const user = userEvent.setup();
    openAt("/dcimgr/login");
    await user.selectOptions(await screen.findByLabelText("Language"), "ru");
    await user.type(screen.getByLabelText("Имя пользователя"), "acme");
    await user.type(screen.getByLabelText("Пароль"), "acme");
    await user.click(screen.getByRole("button", { name: "Войти" }));
    expect(await screen.findByRole("heading", { name: "Серверы" })).toBeVisible();
    expect(screen.getAllByRole("row")).toHaveLength(4);
  });
});
