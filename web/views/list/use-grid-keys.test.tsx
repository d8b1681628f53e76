import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { describe, expect, it, vi } from "vitest";

import type { ListModel } from "../../xjson/model";
import { parseList } from "../../xjson/parse-list";
import { ListTable } from "./list-table";
import { gridCommand, type GridPosition, type GridShape } from "./use-grid-keys-command";
import { useSelection } from "./use-selection";

const names = ["alpha", "bravo", "charlie", "delta", "echo"];

function listOf(rows: string[]): ListModel {
  return parseList({
    $func: "server",
    metadata: {
      $type: "list",
      $key: "id",
      $keyname: "name",
      coldata: {
        col: [
          { $name: "name", $sort: "alpha" },
          { $name: "rack", $link: "yes" },
          { $name: "note" },
        ],
      },
      toolbar: {
        toolbtn: [{ $name: "edit", $func: "server.edit", $type: "edit", $default: "yes" }],
      },
    },
    messages: { msg: { title: "Servers", name: "Name", rack: "Rack", note: "Note" } },
    elem: rows.map((name) => ({
      id: { $: name },
      name: { $: name },
      rack: { $link: `func=rack&elid=R-${name}`, $: `R-${name}` },
      note: { $: `note ${name}` },
    })),
  });
}

function Harness({ list, onOpen }: { list: ListModel; onOpen: (key: string) => void }) {
  const selection = useSelection(list.rows);
  return (
    <ListTable
      panel="dcimgr"
      list={list}
      columns={list.columns}
      selectedKeys={selection.selectedKeys}
      onSelect={selection.select}
      onSelectAll={selection.selectAll}
      onSort={() => undefined}
      onOpen={onOpen}
    />
  );
}

function renderGrid(rows = names) {
  const onOpen = vi.fn<(key: string) => void>();
  const view = render(
    <MemoryRouter>
      <Harness list={listOf(rows)} onOpen={onOpen} />
    </MemoryRouter>,
  );
  const grid = screen.getByRole("grid", { name: "Servers" });
  const row = (name: string) => within(grid).getByRole("row", { name: new RegExp(name) });
  const cell = (name: string, col: number) => {
    const found = within(row(name)).getAllByRole("gridcell")[col];
    if (!found) throw new Error(`no cell ${String(col)} in ${name}`);
    return found;
  };
  const rerender = (next: string[]) => {
    view.rerender(
      <MemoryRouter>
        <Harness list={listOf(next)} onOpen={onOpen} />
      </MemoryRouter>,
    );
  };
  return { user: userEvent.setup(), grid, row, cell, onOpen, rerender };
}

const shape = (rows: number, columns = [0, 1, 2, 3]): GridShape => ({
  rows,
  columnsOf: () => columns,
  page: 3,
});
const keys = (key: string, modifiers: { shift?: boolean; ctrl?: boolean } = {}) => ({
  key,
  shiftKey: modifiers.shift ?? false,
  ctrlKey: modifiers.ctrl ?? false,
  metaKey: false,
});
const to = (row: number, col: number, extend = false) => ({
  kind: "move",
  to: { row, col } satisfies GridPosition,
  extend,
});

describe("grid commands", () => {
  it("move a cell at a time and stop at the edges", () => {
    const at = { row: 2, col: 1 };
    expect(gridCommand(keys("ArrowRight"), at, shape(5))).toEqual(to(2, 2));
    expect(gridCommand(keys("ArrowLeft"), at, shape(5))).toEqual(to(2, 0));
    expect(gridCommand(keys("ArrowDown"), at, shape(5))).toEqual(to(3, 1));
    expect(gridCommand(keys("ArrowUp"), at, shape(5))).toEqual(to(1, 1));
    expect(gridCommand(keys("ArrowDown"), { row: 4, col: 3 }, shape(5))).toEqual(to(4, 3));
    expect(gridCommand(keys("ArrowRight"), { row: 4, col: 3 }, shape(5))).toEqual(to(4, 3));
    expect(gridCommand(keys("ArrowUp"), { row: 0, col: 1 }, shape(5))).toEqual(to(-1, 1));
    expect(gridCommand(keys("ArrowUp"), { row: -1, col: 1 }, shape(5))).toEqual(to(-1, 1));
  });

  it("jump to a row's ends, the page's ends and by a screenful", () => {
    const at = { row: 2, col: 1 };
    expect(gridCommand(keys("Home"), at, shape(9))).toEqual(to(2, 0));
    expect(gridCommand(keys("End"), at, shape(9))).toEqual(to(2, 3));
    expect(gridCommand(keys("Home", { ctrl: true }), at, shape(9))).toEqual(to(0, 1));
    expect(gridCommand(keys("End", { ctrl: true }), at, shape(9))).toEqual(to(8, 1));
    expect(gridCommand(keys("PageDown"), at, shape(9))).toEqual(to(5, 1));
    expect(gridCommand(keys("PageDown"), { row: 7, col: 1 }, shape(9))).toEqual(to(8, 1));
    expect(gridCommand(keys("PageUp"), at, shape(9))).toEqual(to(0, 1));
  });

  it("skip cells a row does not show, keeping the column where it can", () => {
    const columnsOf = (row: number) => (row === -1 ? [0, 1, 2] : [0, 1, 2, 3]);
    const grid = { rows: 5, columnsOf, page: 3 };
    expect(gridCommand(keys("ArrowUp"), { row: 0, col: 3 }, grid)).toEqual(to(-1, 2));
    const gap = { rows: 5, columnsOf: () => [0, 2], page: 3 };
    expect(gridCommand(keys("ArrowRight"), { row: 1, col: 0 }, gap)).toEqual(to(1, 2));
  });

  it("extend the selection with Shift+↑/↓ between rows, never into the header", () => {
    expect(gridCommand(keys("ArrowDown", { shift: true }), { row: 1, col: 0 }, shape(5))).toEqual(
      to(2, 0, true),
    );
    expect(gridCommand(keys("ArrowUp", { shift: true }), { row: 0, col: 0 }, shape(5))).toEqual(
      to(-1, 0),
    );
  });

  it("toggle with Space, open with Enter, select all with Ctrl+A, and leave the header's own", () => {
    const at = { row: 1, col: 2 };
    expect(gridCommand(keys(" "), at, shape(5))).toEqual({ kind: "toggle" });
    expect(gridCommand(keys("Enter"), at, shape(5))).toEqual({ kind: "open" });
    expect(gridCommand(keys("a", { ctrl: true }), at, shape(5))).toEqual({ kind: "selectAll" });
    expect(gridCommand(keys("a"), at, shape(5))).toBeUndefined();
    expect(gridCommand(keys(" "), { row: -1, col: 0 }, shape(5))).toBeUndefined();
    expect(gridCommand(keys("Enter"), { row: -1, col: 1 }, shape(5))).toBeUndefined();
  });
});

describe("the list as a grid", () => {
  it("is one tab stop, with rows, cells and sortable column headers", async () => {
    const { user, grid, row } = renderGrid();
    expect(grid).toHaveAttribute("aria-multiselectable", "true");
    expect(grid).toHaveAttribute("aria-rowcount", "6");
    expect(within(grid).getByRole("columnheader", { name: "Name" })).toBeVisible();
    const stops = Array.from(grid.querySelectorAll<HTMLElement>("[tabindex]")).filter(
      (element) => element.tabIndex === 0,
    );
    expect(stops).toEqual([within(row("alpha")).getByRole("checkbox")]);
    await user.tab();
    expect(within(row("alpha")).getByRole("checkbox")).toHaveFocus();
    await user.tab();
    expect(grid).not.toContainElement(document.activeElement as HTMLElement);
  });

  it("moves cell by cell onto each cell's one control, or the cell itself", async () => {
    const { user, row, cell } = renderGrid();
    await user.tab();
    await user.keyboard("{ArrowRight}");
    expect(within(row("alpha")).getByRole("button", { name: "alpha" })).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(within(row("alpha")).getByRole("link", { name: "R-alpha" })).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(cell("alpha", 3)).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(cell("alpha", 3)).toHaveFocus();
    await user.keyboard("{ArrowDown}{ArrowDown}");
    expect(cell("charlie", 3)).toHaveFocus();
    expect(cell("charlie", 3)).toHaveAttribute("tabindex", "0");
    expect(cell("alpha", 3)).toHaveAttribute("tabindex", "-1");
    await user.keyboard("{ArrowLeft}");
    expect(within(row("charlie")).getByRole("link")).toHaveFocus();
  });

  it("jumps with Home/End in a row and Ctrl+Home/End between the first and last rows", async () => {
    const { user, row, cell } = renderGrid();
    await user.tab();
    await user.keyboard("{ArrowDown}{End}");
    expect(cell("bravo", 3)).toHaveFocus();
    await user.keyboard("{Home}");
    expect(within(row("bravo")).getByRole("checkbox")).toHaveFocus();
    await user.keyboard("{ArrowRight}{Control>}{End}{/Control}");
    expect(within(row("echo")).getByRole("button", { name: "echo" })).toHaveFocus();
    await user.keyboard("{Control>}{Home}{/Control}");
    expect(within(row("alpha")).getByRole("button", { name: "alpha" })).toHaveFocus();
    await user.keyboard("{ArrowUp}");
    expect(screen.getByRole("button", { name: "Name" })).toHaveFocus();
    await user.keyboard("{ArrowLeft}");
    expect(screen.getByRole("checkbox", { name: "Select all rows" })).toHaveFocus();
  });

  it("selects with Space and Shift+↓, and opens with Enter", async () => {
    const { user, row, onOpen } = renderGrid();
    await user.tab();
    await user.keyboard("{ArrowDown}{ArrowRight}");
    // Space on the name selects the row; the name opens it only with Enter or a click.
    await user.keyboard(" ");
    expect(row("bravo")).toHaveAttribute("aria-selected", "true");
    expect(onOpen).not.toHaveBeenCalled();
    await user.keyboard("{Shift>}{ArrowDown}{ArrowDown}{/Shift}");
    expect(
      screen.getAllByRole("row", { selected: true }).map((item) => item.dataset.index),
    ).toEqual(["1", "2", "3"]);
    await user.keyboard("{ArrowRight}{ArrowRight}{Enter}");
    expect(onOpen).toHaveBeenLastCalledWith("delta");
    await user.keyboard("{Home} ");
    expect(row("delta")).toHaveAttribute("aria-selected", "false");
    await user.keyboard("{ArrowRight}{Enter}");
    expect(onOpen).toHaveBeenLastCalledWith("delta");
    expect(onOpen).toHaveBeenCalledTimes(2);
  });

  it("keeps focus on its row when a refresh moves it, and in its place when it goes", async () => {
    const { user, cell, rerender } = renderGrid();
    await user.tab();
    await user.keyboard("{ArrowDown}{ArrowDown}{End}");
    expect(cell("charlie", 3)).toHaveFocus();
    rerender(["zulu", ...names]);
    expect(cell("charlie", 3)).toHaveFocus();
    expect(cell("charlie", 3)).toHaveAttribute("tabindex", "0");
    rerender(["zulu", "alpha", "bravo", "delta", "echo"]);
    expect(cell("delta", 3)).toHaveFocus();
  });
});
