import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { App } from "../../app/app";
import { screen, setupMockPanel, waitFor, within } from "../../testing";
import { openSignedIn } from "../../testing/app-session";

const { emulator } = setupMockPanel();

const params = () => new URLSearchParams(window.location.search);

/** Waits until step `n` is both shown and in the address (the step's own form, drawn anew). */
async function atStep(n: number) {
  await waitFor(() => {
    expect(screen.getByRole("heading", { name: new RegExp(`${String(n)} of 3`) })).toBeVisible();
    expect(params().get("step") ?? "1").toBe(String(n));
  });
}

describe("a wizard", () => {
  it("gives each step an address, so reload and Back work, and creates the object once", async () => {
    const { user, unmount } = await openSignedIn("/dcimgr/server.add");
    await atStep(1);
    await user.type(screen.getByLabelText(/^Name/), "S-R09-01");
    await user.selectOptions(screen.getByLabelText(/^Server type/), "SM-E3-1230v6-32G-2x480SSD");
    await user.selectOptions(screen.getByLabelText(/^Rack/), "R01");
    await user.click(screen.getByRole("button", { name: "Next" }));

    await atStep(2);
    expect(params().get("step")).toBe("2");
    expect(params().get("name")).toBe("S-R09-01");

    // A reload of the tab lands on the same step with the same values.
    unmount();
    render(<App />);
    await atStep(2);
    await user.type(screen.getByLabelText(/^Domain name/), "new.example");
    await user.click(screen.getByRole("button", { name: "Back" }));
    await atStep(1);
    expect(screen.getByLabelText(/^Name/)).toHaveValue("S-R09-01");
    await user.click(screen.getByRole("button", { name: "Next" }));
    await atStep(2);
    const domain = screen.getByLabelText<HTMLInputElement>(/^Domain name/);
    if (domain.value === "") await user.type(domain, "new.example");
    await user.click(screen.getByRole("button", { name: "Next" }));

    await atStep(3);
    const os = screen.getByLabelText(/^Operating system/);
    const template = within(os).getAllByRole("option")[1]?.getAttribute("value") ?? "";
    await user.selectOptions(os, template);
    // The step's address never holds a password.
    await user.type(screen.getByLabelText(/^Root password/), "Sup3r-secret!");
    await user.type(screen.getByLabelText(/^Repeat the password/), "Sup3r-secret!");
    expect(window.location.search).not.toContain("Sup3r");
    const servers = emulator.state.servers.length;
    await user.click(screen.getByRole("button", { name: "Add the server" }));
    await waitFor(() => {
      expect(emulator.state.servers).toHaveLength(servers + 1);
    });
    expect(emulator.state.journal.filter((entry) => entry.func === "server.add")).toHaveLength(1);
    // The panel's follow-up opens the new server.
    await waitFor(() => {
      expect(window.location.pathname).toBe("/dcimgr/server.edit");
    });
    expect(within(document.body).queryByText(/Sup3r/)).not.toBeInTheDocument();
    // The notice names the action, not the step's title ("Add a server: 3 of 3, …").
    expect(screen.getByText("Add the server: done")).toBeVisible();

    // Back into the finished wizard: its steps say it is done instead of offering to add again.
    window.history.back();
    expect(await screen.findByText(/This was done already/)).toBeVisible();
    expect(screen.queryByRole("button", { name: "Next" })).toBeNull();
    // Opened by its address, it came from nowhere in the app: the way on is the start page.
    expect(screen.getByRole("link", { name: "Go to the start page" })).toHaveAttribute(
      "href",
      "/dcimgr",
    );
  });

  it("shows what was typed into a step when the browser goes Back to it", async () => {
    const { user } = await openSignedIn("/dcimgr/server.add");
    await atStep(1);
    await user.type(screen.getByLabelText(/^Name/), "S-R09-02");
    await user.selectOptions(screen.getByLabelText(/^Server type/), "SM-E3-1230v6-32G-2x480SSD");
    await user.selectOptions(screen.getByLabelText(/^Rack/), "R01");
    await user.click(screen.getByRole("button", { name: "Next" }));
    await atStep(2);

    window.history.back();
    await atStep(1);
    expect(screen.getByLabelText(/^Name/)).toHaveValue("S-R09-02");
    expect(screen.getByLabelText(/^Rack/)).toHaveValue("R01");
    // Said as a draft is said, with the way to drop it.
    expect(screen.getByText(/What you typed here before has been restored/)).toBeVisible();
    await user.click(screen.getByRole("button", { name: "Discard my changes" }));
    expect(screen.getByLabelText(/^Name/)).toHaveValue("");

    window.history.forward();
    await atStep(2);
    expect(screen.queryByText(/What you typed here before/)).toBeNull();
  });
});
