import { act, render, screen } from "@testing-library/react";
import { useLocation } from "react-router";
import { afterEach, describe, expect, it } from "vitest";

import { AppRouter, Navigate } from "./app-router";
import { isAppPath } from "./history";
import { navigate, useSearchParams } from "./navigation";

function Where() {
  const { pathname, search, state, key } = useLocation();
  return (
    <>
      <output aria-label="address">{pathname + search}</output>
      <output aria-label="state">{JSON.stringify(state)}</output>
      <output aria-label="key">{key}</output>
    </>
  );
}

const shown = (name: string) => screen.getByRole("status", { name }).textContent;

function renderAt(path: string, children = <Where />) {
  window.history.replaceState(null, "", path);
  render(<AppRouter>{children}</AppRouter>);
}

/** popstate is what a browser's Back sends; jsdom moves the address, then fires it. */
async function back() {
  await act(async () => {
    const moved = new Promise((resolve) => {
      window.addEventListener("popstate", resolve, { once: true });
    });
    window.history.back();
    await moved;
  });
}

afterEach(() => {
  window.history.replaceState(null, "", "/");
});

describe("the app's history", () => {
  it("adds an entry with its state, and Back draws the entry before with its own", async () => {
    renderAt("/dcimgr/server");
    const first = shown("key");
    act(() => {
      navigate("/dcimgr/server.edit?elid=3", { state: { back: "/dcimgr/server" } });
    });
    expect(shown("address")).toBe("/dcimgr/server.edit?elid=3");
    expect(JSON.parse(shown("state"))).toEqual({ back: "/dcimgr/server" });
    expect(shown("key")).not.toBe(first);
    await back();
    expect(shown("address")).toBe("/dcimgr/server");
    expect(shown("state")).toBe("null");
    expect(shown("key")).toBe(first);
  });

  it("replaces the entry when asked, so Back skips it", async () => {
    renderAt("/dcimgr/user");
    act(() => {
      navigate("/dcimgr/server");
    });
    act(() => {
      navigate("/dcimgr/login", { replace: true });
    });
    expect(shown("address")).toBe("/dcimgr/login");
    await back();
    expect(shown("address")).toBe("/dcimgr/user");
  });

  it("writes entries as React Router does, so an entry of an older version reads the same", () => {
    window.history.replaceState({ usr: { from: "/dcimgr/server" }, key: "k1", idx: 0 }, "", "/x");
    renderAt("/dcimgr/login");
    act(() => {
      navigate("/dcimgr/server", { state: { back: "/dcimgr" } });
    });
    expect(window.history.state).toMatchObject({ usr: { back: "/dcimgr" }, idx: 1 });
    expect((window.history.state as { key: string }).key).toMatch(/^\w+$/);
  });

  it("reads an entry that is not its own as one without state", () => {
    window.history.replaceState(42, "", "/dcimgr/server");
    render(
      <AppRouter>
        <Where />
      </AppRouter>,
    );
    expect(shown("state")).toBe("null");
    expect(shown("key")).toBe("default");
  });

  it("never leaves the app: another site's address throws and the address stays", () => {
    renderAt("/dcimgr/server");
    for (const to of ["//evil.example/x", "/\\evil.example", "https://evil.example/", "server"]) {
      expect(isAppPath(to)).toBe(false);
      expect(() => {
        navigate(to);
      }).toThrow(/inside the app/);
    }
    expect(window.location.pathname).toBe("/dcimgr/server");
  });

  it("goes where <Navigate> says once drawn", () => {
    renderAt(
      "/",
      <>
        <Navigate to="/dcimgr" replace />
        <Where />
      </>,
    );
    expect(shown("address")).toBe("/dcimgr");
  });
});

function Filter() {
  const [search, setSearch] = useSearchParams();
  return (
    <button
      type="button"
      onClick={() => {
        setSearch((current) => {
          current.set("p_num", "2");
          current.delete("p_col");
          return current;
        });
      }}
    >
      Page {search.get("p_num") ?? "1"}
    </button>
  );
}

describe("the query of the address", () => {
  it("is read, and changed as a new entry at the same path", async () => {
    renderAt(
      "/dcimgr/server?p_col=name&elid=4",
      <>
        <Filter />
        <Where />
      </>,
    );
    act(() => {
      screen.getByRole("button", { name: "Page 1" }).click();
    });
    expect(shown("address")).toBe("/dcimgr/server?elid=4&p_num=2");
    expect(screen.getByRole("button", { name: "Page 2" })).toBeVisible();
    await back();
    expect(shown("address")).toBe("/dcimgr/server?p_col=name&elid=4");
  });
});
