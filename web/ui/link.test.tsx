import { fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { useLocation } from "react-router";
import { describe, expect, it } from "vitest";

import { AppRouter } from "./app-router";
import { Link } from "./link";

function Where() {
  const location = useLocation();
  return <output aria-label="address">{location.pathname + location.search}</output>;
}

function renderAt(link: ReactNode) {
  window.history.replaceState(null, "", "/dcimgr");
  render(
    <AppRouter>
      {link}
      <Where />
    </AppRouter>,
  );
}

describe("Link", () => {
  it("is a real link to the address and a click follows it inside the app", async () => {
    renderAt(<Link to="/dcimgr/server?elid=7">Servers</Link>);
    const link = screen.getByRole("link", { name: "Servers" });
    expect(link).toHaveAttribute("href", "/dcimgr/server?elid=7");
    await userEvent.click(link);
    expect(screen.getByRole("status", { name: "address" })).toHaveTextContent(
      "/dcimgr/server?elid=7",
    );
  });

  it("leaves a Ctrl-click, a middle click and a new-window target to the browser", () => {
    renderAt(
      <>
        <Link to="/dcimgr/server">Servers</Link>
        <Link to="/dcimgr/user" target="_blank">
          Users
        </Link>
      </>,
    );
    const address = screen.getByRole("status", { name: "address" });
    // fireEvent returns false when the handler prevented the browser's own following.
    expect(fireEvent.click(screen.getByRole("link", { name: "Servers" }), { ctrlKey: true })).toBe(
      true,
    );
    expect(fireEvent.click(screen.getByRole("link", { name: "Servers" }), { button: 1 })).toBe(
      true,
    );
    expect(fireEvent.click(screen.getByRole("link", { name: "Users" }))).toBe(true);
    expect(address).toHaveTextContent("/dcimgr");
    expect(address).not.toHaveTextContent("server");
  });

  it("follows a link with an empty target inside the app, as this window", async () => {
    renderAt(
      <Link to="/dcimgr/user" target="">
        Users
      </Link>,
    );
    await userEvent.click(screen.getByRole("link", { name: "Users" }));
    expect(screen.getByRole("status", { name: "address" })).toHaveTextContent("/dcimgr/user");
  });

  it("replaces the entry when it leads where the tab already is, so Back leaves the page", async () => {
    renderAt(<Link to="/dcimgr/server">Servers</Link>);
    const before = window.history.length;
    const link = screen.getByRole("link", { name: "Servers" });
    await userEvent.click(link);
    await userEvent.click(link);
    expect(window.history.length).toBe(before + 1);
    expect(screen.getByRole("status", { name: "address" })).toHaveTextContent("/dcimgr/server");
  });

  it("runs its own click handler first, which may keep the address", async () => {
    const seen: string[] = [];
    renderAt(
      <Link
        to="/dcimgr/server"
        onClick={(event) => {
          seen.push("clicked");
          event.preventDefault();
        }}
      >
        Servers
      </Link>,
    );
    await userEvent.click(screen.getByRole("link", { name: "Servers" }));
    expect(seen).toEqual(["clicked"]);
    expect(screen.getByRole("status", { name: "address" })).toHaveTextContent("/dcimgr");
    expect(screen.getByRole("status", { name: "address" })).not.toHaveTextContent("server");
  });
});
