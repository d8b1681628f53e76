import { render, screen, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { describe, expect, it } from "vitest";

import { parseList } from "../../xjson/parse-list";
import { Cell } from "./cell";
import { StatusLegend } from "./status-legend";

const list = parseList({
  $func: "server",
  metadata: {
    $type: "list",
    $key: "id",
    coldata: {
      col: {
        $name: "status",
        $type: "prop",
        prop: [
          { $name: "poweron", $img: "p-on" },
          { $name: "install", $img: "p-install" },
          { $name: "cooling", $img: "p-fan" },
        ],
      },
    },
  },
  messages: {
    msg: {
      status: "Status",
      hint_p_poweron: "Powered on",
      hint_p_install: "OS installation in progress: _value_",
      hint_p_cooling: "Fan failure",
    },
  },
  elem: [{ id: { $: "1" }, poweron: { $: "" }, install: { $: "45%" }, cooling: { $: "" } }],
});

describe("status pills", () => {
  it("say each state in a word with its value, the panel's hint as name, and never go blank", () => {
    const [column] = list.columns;
    const [row] = list.rows;
    if (!column || !row) throw new Error("no status cell");
    render(<Cell column={column} row={row} messages={list.messages} />);
    expect(screen.getByRole("img", { name: "Powered on" })).toHaveTextContent("On");
    expect(screen.getByRole("img", { name: "OS installation in progress: 45%" })).toHaveTextContent(
      "Installing 45%",
    );
    // A percentage fills the pill as far as the operation got; a plain state does not.
    expect(
      screen.getByRole("img", { name: /OS installation/ }).style.getPropertyValue("--done"),
    ).toBe("45%");
    expect(screen.getByRole("img", { name: "Powered on" })).not.toHaveClass("pill-progress");
    // An icon this interface does not know: a neutral pill with the icon's name.
    const unknown = screen.getByRole("img", { name: "Fan failure" });
    expect(unknown).toHaveTextContent("fan");
    expect(unknown).toHaveClass("pill-muted");
  });

  it("are explained in a legend built from the column, whatever the rows", async () => {
    render(<StatusLegend columns={list.columns} messages={list.messages} />);
    await userEvent.setup().click(screen.getByText("What the statuses mean"));
    const legend = screen.getByRole("group");
    expect(within(legend).getByText("Installing")).toBeVisible();
    expect(within(legend).getByText("OS installation in progress")).toBeVisible();
    expect(within(legend).getByText("Fan failure")).toBeVisible();
  });
});
