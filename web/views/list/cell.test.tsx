import { render, screen } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";

import { parseList } from "../../xjson/parse-list";
import { Cell } from "./cell";

const list = parseList({
  $func: "rack",
  metadata: {
    $type: "list",
    $key: "id",
    coldata: {
      col: [
        { $name: "name", $link: "yes" },
        { $name: "load", $type: "indicator" },
      ],
    },
  },
  messages: { msg: { name: "Rack", load: "Load" } },
  elem: [
    { id: { $: "1" }, name: { $link: "func=server&rack=R01", $: "R01" }, load: { $: "42" } },
    { id: { $: "2" }, name: { $: "R02" }, load: { $: "n/a" } },
  ],
});

function cell(row: number, column: number) {
  const model = list.columns[column];
  const data = list.rows[row];
  if (!model || !data) throw new Error("no such cell");
  return (
    <MemoryRouter>
      <Cell column={model} row={data} messages={list.messages} panel="dcimgr" />
    </MemoryRouter>
  );
}

describe("list cells", () => {
  it("open the view a link column's cell names, and stay text where the cell names none", () => {
    render(cell(0, 0));
    expect(screen.getByRole("link", { name: "R01" })).toHaveAttribute(
      "href",
      "/dcimgr/server?rack=R01",
    );
    render(cell(1, 0));
    expect(screen.getByText("R02")).not.toHaveAttribute("href");
  });

  it("draw an indicator as a meter, and a value that is no number as text", () => {
    render(cell(0, 1));
    expect(screen.getByRole("meter", { name: "Load" })).toHaveValue(42);
    render(cell(1, 1));
    expect(screen.getByText("n/a")).toBeVisible();
  });
});
