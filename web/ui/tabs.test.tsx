import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";

import { Tabs } from "./tabs";

function Example() {
  const [selected, setSelected] = useState("running");
  return (
    <Tabs
      label="Tasks"
      selected={selected}
      onSelect={setSelected}
      tabs={[
        { key: "running", label: "Running (2)", panel: <a href="#a">Install S-R01-03</a> },
        { key: "done", label: "Finished (1)", panel: <a href="#b">Reboot S-R02-02</a> },
        { key: "failed", label: "Failed (0)", panel: <p>None</p> },
      ]}
    />
  );
}

describe("Tabs", () => {
  it("is one tab stop; arrows and Home/End choose and show a tab, Tab goes into the panel", async () => {
    const user = userEvent.setup();
    render(<Example />);
    const list = screen.getByRole("tablist", { name: "Tasks" });
    expect(list).toBeVisible();
    await user.tab();
    expect(screen.getByRole("tab", { name: "Running (2)" })).toHaveFocus();
    expect(screen.getByRole("tabpanel", { name: "Running (2)" })).toHaveTextContent(
      "Install S-R01-03",
    );
    await user.keyboard("{ArrowRight}");
    const finished = screen.getByRole("tab", { name: "Finished (1)" });
    expect(finished).toHaveFocus();
    expect(finished).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel", { name: "Finished (1)" })).toHaveTextContent(
      "Reboot S-R02-02",
    );
    expect(screen.queryByText("Install S-R01-03")).toBeNull();
    await user.keyboard("{End}");
    expect(screen.getByRole("tab", { name: "Failed (0)" })).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("tab", { name: "Running (2)" })).toHaveFocus();
    await user.keyboard("{ArrowLeft}{Home}");
    expect(screen.getByRole("tab", { name: "Running (2)" })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    await user.tab();
    expect(screen.getByRole("link", { name: "Install S-R01-03" })).toHaveFocus();
  });

  it("clicks choose a tab too", async () => {
    const user = userEvent.setup();
    render(<Example />);
    await user.click(screen.getByRole("tab", { name: "Finished (1)" }));
    expect(screen.getByRole("tabpanel")).toHaveTextContent("Reboot S-R02-02");
  });
});
