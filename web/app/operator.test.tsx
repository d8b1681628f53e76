import { describe, expect, it, vi } from "vitest";

import { setupMockPanel, screen, waitFor, within } from "../testing";
import { openSignedIn } from "../testing/app-session";
import { usePrefsStore } from "../stores/prefs-store";
import { menuEntry } from "../testing/toolbar";

const { emulator } = setupMockPanel();

const table = () => screen.getByRole("grid");
const rowOf = (name: RegExp) => within(table()).getByRole("row", { name });

describe("the main menu", () => {
  it("shows the groups of the operator, marks the current item and filters", async () => {
    const { user } = await openSignedIn("/dcimgr/server");
    const menu = await screen.findByRole("navigation", { name: "Main menu" });
    expect(within(menu).getByRole("link", { name: "Servers" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await user.type(within(menu).getByRole("searchbox", { name: "Find in menu" }), "swi");
    expect(
      within(menu)
        .getAllByRole("link")
        .map((link) => link.textContent),
    ).toEqual(["Switches"]);
    await user.click(within(menu).getByRole("link", { name: "Switches" }));
    expect(await screen.findByRole("heading", { name: "Switches" })).toBeVisible();
    expect(document.title).toBe("Switches — DCI Console");
    // The frame stays while its page changes: the same menu, its filter still typed, the mark moved.
    expect(screen.getByRole("navigation", { name: "Main menu" })).toBe(menu);
    expect(within(menu).getByRole("searchbox", { name: "Find in menu" })).toHaveValue("swi");
    expect(within(menu).getByRole("link", { name: "Switches" })).toHaveAttribute(
      "aria-current",
      "page",
    );
  });

  it("marks the list a form on screen belongs to", async () => {
    await openSignedIn("/dcimgr/server.edit?elid=2");
    const menu = await screen.findByRole("navigation", { name: "Main menu" });
    expect(await within(menu).findByRole("link", { name: "Servers" })).toHaveAttribute(
      "aria-current",
      "true",
    );
  });
});

describe("notifications", () => {
  it("shows the panel's badges in the header, each opening what it counts", async () => {
    const { user } = await openSignedIn("/dcimgr/user");
    const badge = await screen.findByRole("link", { name: "Servers with problems: 3" });
    expect(screen.getByRole("link", { name: "Operations running: 2" })).toBeVisible();
    await user.click(badge);
    expect(await screen.findByRole("heading", { name: "Servers" })).toBeVisible();
    // Just the servers it counts: the list opens with the panel's filter for them.
    expect((await screen.findByText("Filtered:")).parentElement).toHaveTextContent(
      /State: Has a problem/,
    );
    await waitFor(() => {
      expect(screen.getAllByRole("checkbox", { name: /^Select S-/ })).toHaveLength(3);
    });
  });
});

describe("the list", () => {
  it("sorts by a column through the URL and shows the sorted state", async () => {
    const { user } = await openSignedIn("/dcimgr/server");
    const header = () => screen.getByRole("columnheader", { name: "Name" });
    await user.click(
      within(await screen.findByRole("columnheader", { name: "Name" })).getByRole("button"),
    );
    await waitFor(() => {
      expect(header()).toHaveAttribute("aria-sort", "ascending");
    });
    expect(window.location.search).toBe("?p_col=%2Bname");
    await user.click(within(header()).getByRole("button"));
    await waitFor(() => {
      expect(header()).toHaveAttribute("aria-sort", "descending");
    });
    expect(within(table()).getAllByRole("row")[1]).toHaveTextContent("S-R02-05");
  });

  it("pages and remembers the page size of the list", async () => {
    const { user } = await openSignedIn("/dcimgr/server");
    await user.selectOptions(await screen.findByLabelText("Rows per page"), "20");
    expect(usePrefsStore.getState().lists["dcimgr.server"]?.pageSize).toBe(20);
    expect(await screen.findByText("Page 1 / 1")).toBeVisible();
  });

  it("confirms a group action with the selected names, runs it and shows the new state", async () => {
    const { user } = await openSignedIn("/dcimgr/server");
    await user.click(await screen.findByRole("checkbox", { name: "Select S-R01-01" }));
    await user.click(screen.getByRole("checkbox", { name: "Select S-R01-02" }));
    await user.click(await menuEntry(user, "Power", "Power off"));
    const dialog = screen.getByRole("dialog", { name: "Power off" });
    expect(dialog).toHaveTextContent("Power off the servers S-R01-01, S-R01-02?");
    await user.click(within(dialog).getByRole("button", { name: "Power off" }));
    await waitFor(() => {
      expect(within(rowOf(/S-R01-01/)).getByRole("img", { name: "Powered off" })).toBeVisible();
    });
    expect(within(rowOf(/S-R01-02/)).getByRole("img", { name: "Powered off" })).toBeVisible();
    expect(emulator.state.servers.slice(0, 2).map((server) => server.power)).toEqual([
      "off",
      "off",
    ]);
    // The changed rows are marked for a moment, the others not.
    expect(rowOf(/S-R01-01/)).toHaveClass("changed");
    expect(rowOf(/S-R01-03/)).not.toHaveClass("changed");
    // What happened to what, said once it is done.
    expect(
      within(screen.getByRole("region", { name: "Notices" })).getByText(
        "Power off: done for S-R01-01, S-R01-02",
      ),
    ).toBeVisible();
  });

  it("asks to confirm a deletion with a red button naming the rows", async () => {
    const { user } = await openSignedIn("/dcimgr/server");
    await user.click(await screen.findByRole("checkbox", { name: "Select S-R02-05" }));
    await user.click(screen.getByRole("button", { name: "Delete" }));
    const dialog = screen.getByRole("dialog", { name: "Delete" });
    expect(dialog).toHaveTextContent("S-R02-05?");
    expect(within(dialog).getByRole("button", { name: "Delete" })).toHaveClass("btn-danger");
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(emulator.state.servers.map((server) => server.name)).toContain("S-R02-05");
  });

  it("names the first ten selected rows in a confirmation and counts the rest", async () => {
    const { user } = await openSignedIn("/dcimgr/switch.port?elid=1");
    await user.click(await screen.findByRole("checkbox", { name: "Select all rows" }));
    await user.click(screen.getByRole("button", { name: "Turn off" }));
    expect(screen.getByRole("dialog", { name: "Turn off" })).toHaveTextContent(
      "Turn off ports Gi0/1, Gi0/2, Gi0/3, Gi0/4, Gi0/5, Gi0/6, Gi0/7, Gi0/8, Gi0/9, Gi0/10 and 38 more?",
    );
  });

  it("keeps a group button disabled while any selected row forbids it", async () => {
    const { user } = await openSignedIn("/dcimgr/server");
    await user.click(await screen.findByRole("checkbox", { name: "Select S-R01-05" }));
    await user.click(screen.getByRole("checkbox", { name: "Select S-R01-01" }));
    const del = screen.getByRole("button", { name: "Delete" });
    expect(del).toHaveAttribute("aria-disabled", "true");
    expect(del).toHaveAccessibleDescription("Not available for S-R01-05");
    await user.click(screen.getByRole("checkbox", { name: "Select S-R01-05" }));
    await user.click(screen.getByRole("button", { name: "Delete" }));
    await user.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Delete" }));
    await waitFor(() => {
      expect(emulator.state.servers).toHaveLength(9);
    });
    expect(screen.queryByRole("row", { name: /S-R01-01/ })).not.toBeInTheDocument();
  });

  it("disables buttons by each row's conditions and the selection they need, and says why", async () => {
    const { user } = await openSignedIn("/dcimgr/server");
    await user.click(await screen.findByRole("row", { name: /S-R01-03/ }));
    expect(screen.getByText("1 selected")).toBeVisible();
    expect(await menuEntry(user, "Power", "Power on")).not.toHaveAttribute("aria-disabled", "true");
    const powerOff = screen.getByRole("menuitem", { name: "Power off" });
    expect(powerOff).toHaveAttribute("aria-disabled", "true");
    expect(powerOff).toHaveAccessibleDescription("Not available for S-R01-03");
    // A disabled entry does nothing.
    await user.click(powerOff);
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    await user.keyboard("{Escape}");
    expect(await menuEntry(user, "Operations", "Cancel operation")).toHaveAttribute(
      "aria-disabled",
      "true",
    );
    await user.keyboard("{Escape}");
    await user.click(rowOf(/S-R02-05/));
    await user.click(screen.getByRole("button", { name: "Open" }));
    expect(screen.queryByRole("menuitem", { name: "IPMI console" })).not.toBeInTheDocument();
    await user.keyboard("{Escape}");
    await user.keyboard("{Shift>}");
    await user.click(rowOf(/S-R02-03/));
    await user.keyboard("{/Shift}");
    expect(within(table()).getAllByRole("row", { selected: true })).toHaveLength(3);
    expect(screen.getByText("3 selected")).toBeVisible();
    expect(await menuEntry(user, "Open", "IP addresses")).toHaveAccessibleDescription(
      "Select one row for this",
    );
    await user.keyboard("{Escape}");
    // Several servers are edited as a group (their owner, rack, notes): no nogroupedit.
    expect(screen.getByRole("button", { name: "Edit" })).toBeEnabled();
  });

  it("folds every group but the first into a menu the keyboard can work", async () => {
    const { user } = await openSignedIn("/dcimgr/server");
    await user.click(await screen.findByRole("row", { name: /S-R01-03/ }));
    const power = screen.getByRole("button", { name: "Power" });
    power.focus();
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("menuitem", { name: "Power on" })).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("menuitem", { name: "Power off" })).toHaveFocus();
    await user.keyboard("{End}");
    expect(screen.getByRole("menuitem", { name: "Reboot" })).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
    expect(power).toHaveFocus();
    await user.keyboard("{Enter}");
    await user.keyboard("{Enter}");
    expect(await screen.findByRole("dialog", { name: "Power on" })).toHaveTextContent("S-R01-03");
  });

  it("opens a sub-list with the parent and comes back by the breadcrumb", async () => {
    const { user } = await openSignedIn("/dcimgr/server");
    await user.click(await screen.findByRole("row", { name: /S-R01-01/ }));
    await user.click(await menuEntry(user, "Open", "IP addresses"));
    expect(await screen.findByRole("heading", { name: "IP addresses" })).toBeVisible();
    expect(within(table()).getAllByRole("row")).toHaveLength(4);
    const crumbs = screen.getByRole("navigation", { name: "Breadcrumbs" });
    await user.click(within(crumbs).getByRole("link", { name: "Servers" }));
    expect(await screen.findByRole("heading", { name: "Servers" })).toBeVisible();
  });

  it("gives a sub-list's buttons the parent as plid even when the panel does not echo it", async () => {
    // A panel that answers the sub-list without plid and without a breadcrumb.
    const answer = emulator.handle.bind(emulator);
    vi.spyOn(emulator, "handle").mockImplementation(async (request, clientIp) => {
      const reply = (await (await answer(request, clientIp)).json()) as {
        doc: Record<string, unknown>;
      };
      if (reply.doc.$func === "iplist") {
        delete reply.doc.plid;
        delete reply.doc.breadcrumb;
      }
      return Response.json(reply);
    });
    const { user } = await openSignedIn("/dcimgr/iplist?elid=1");
    const table = await screen.findByRole("grid");
    expect(within(table).getAllByRole("row")).toHaveLength(4);
    await user.click(screen.getByRole("button", { name: "Add" }));
    await screen.findByRole("heading", { name: "IP address" });
    expect(window.location.search).toBe("?plid=1");
  });

  it("applies a filter through the filter form and drops it from the banner", async () => {
    const { user } = await openSignedIn("/dcimgr/server");
    await user.click(await screen.findByRole("button", { name: "Filter" }));
    await user.selectOptions(await screen.findByLabelText("Owner"), "acme");
    await user.click(screen.getByRole("button", { name: "Apply" }));
    expect((await screen.findByText("Filtered:")).parentElement).toHaveTextContent(
      "Filtered: Owner: acme",
    );
    await waitFor(() => {
      expect(within(table()).getAllByRole("row")).toHaveLength(4);
    });
    // The filter is part of the address, so the filtered list is a link.
    expect(window.location.pathname).toBe("/dcimgr/server");
    expect(new URLSearchParams(window.location.search).get("filter")).toBe("owner=acme");
    await user.click(screen.getByRole("button", { name: "Reset filter" }));
    await waitFor(() => {
      expect(within(table()).getAllByRole("row")).toHaveLength(11);
    });
    expect(screen.queryAllByText(/Owner: acme/)).toEqual([]);
    expect(new URLSearchParams(window.location.search).has("filter")).toBe(false);
  });

  it("opens a filtered list from its link, in a session that never used the filter", async () => {
    await openSignedIn("/dcimgr/server?filter=owner%3Dacme%26status%3Dpoweron");
    expect((await screen.findByText("Filtered:")).parentElement).toHaveTextContent(
      /Owner: acme.*State: /,
    );
    const names = within(table())
      .getAllByRole("row")
      .slice(1)
      .map((row) => within(row).getAllByRole("gridcell")[1]?.textContent);
    expect(names.length).toBeGreaterThan(0);
    const acme = emulator.state.servers.filter((srv) => srv.owner === "acme" && srv.power === "on");
    expect(names).toHaveLength(acme.length);
  });

  it("never runs anything but a filter from a link", async () => {
    const before = JSON.stringify(emulator.state.servers);
    await openSignedIn(
      "/dcimgr/server?filter=elid%3D1%26sok%3Dok%26func%3Dserver.delete&filterfunc=server.delete",
    );
    await screen.findByRole("heading", { name: "Servers" });
    await waitFor(() => {
      expect(within(table()).getAllByRole("row").length).toBeGreaterThan(1);
    });
    expect(JSON.stringify(emulator.state.servers)).toBe(before);
  });

  it("hides a column chosen away and remembers it", async () => {
    const { user } = await openSignedIn("/dcimgr/server");
    await user.click(await screen.findByRole("button", { name: "Columns" }));
    await user.click(screen.getByRole("checkbox", { name: "Rack" }));
    expect(screen.queryByRole("columnheader", { name: "Rack" })).not.toBeInTheDocument();
    expect(usePrefsStore.getState().lists["dcimgr.server"]?.hiddenColumns).toEqual(["rack"]);
  });

  it("names the object a form edits, leads back by breadcrumbs, and says it was saved", async () => {
    const { user } = await openSignedIn("/dcimgr/server");
    await user.click(await screen.findByRole("row", { name: /S-R01-01/ }));
    await user.click(screen.getByRole("button", { name: "Edit" }));
    expect(await screen.findByRole("heading", { name: "Server: S-R01-01" })).toBeVisible();
    const crumbs = screen.getByRole("navigation", { name: "Breadcrumbs" });
    expect(within(crumbs).getByRole("link", { name: "Servers" })).toBeVisible();
    await user.type(screen.getByLabelText("Notes"), "Rack label checked");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByRole("heading", { name: "Servers" })).toBeVisible();
    expect(
      within(screen.getByRole("region", { name: "Notices" })).getByText(
        "Save: done for Server S-R01-01",
      ),
    ).toBeVisible();
    expect(emulator.state.servers[0]?.notes).toBe("Rack label checked");
  });

  it("keeps the rows one tab stop with arrows inside, and opens a row by its name", async () => {
    const { user } = await openSignedIn("/dcimgr/server");
    const grid = await screen.findByRole("grid");
    const stops = () => Array.from(grid.querySelectorAll<HTMLElement>('[tabindex="0"]'));
    const box = (name: RegExp) => within(rowOf(name)).getByRole("checkbox");
    expect(stops()).toHaveLength(1);
    stops()[0]?.focus();
    await user.keyboard("{ArrowDown}");
    await waitFor(() => {
      expect(box(/S-R01-02/)).toHaveFocus();
    });
    await user.keyboard("{ArrowDown}");
    await waitFor(() => {
      expect(box(/S-R01-03/)).toHaveFocus();
    });
    expect(stops()).toEqual([box(/S-R01-03/)]);
    await user.click(within(rowOf(/S-R01-02/)).getByRole("button", { name: "S-R01-02" }));
    expect(await screen.findByRole("heading", { name: "Server: S-R01-02" })).toBeVisible();
  });

  it("gives a customer's short list no column chooser or export, and keeps printing", async () => {
    await openSignedIn("/dcimgr/server", "acme", "acme");
    await screen.findByRole("grid");
    expect(screen.queryByRole("button", { name: "Columns" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Export CSV" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Print" })).toBeVisible();
  });

  it("opens the default button on a double-click", async () => {
    const { user } = await openSignedIn("/dcimgr/user");
    await user.dblClick(await screen.findByRole("row", { name: /globex/ }));
    expect(await screen.findByRole("heading", { name: "User: globex" })).toBeVisible();
    expect(screen.getByLabelText(/Username/)).toHaveValue("globex");
  });

  it("keeps only the visible rows of a long page in the document", async () => {
    const template = emulator.state.servers[0];
    if (!template) throw new Error("the seed has servers");
    const big = Array.from({ length: 3000 }, (_, index) => ({
      ...template,
      id: 100 + index,
      name: `BIG-${index}`,
    }));
    emulator.state.servers.push(...big);
    await openSignedIn("/dcimgr/server?p_cnt=10000");
    const grid = await screen.findByRole("grid");
    await waitFor(() => {
      expect(grid).toHaveAttribute("aria-rowcount", "3011");
    });
    expect(within(grid).getAllByRole("row").length).toBeLessThan(100);
  });
});

describe("exports and windows", () => {
  it("exports every row across pages as CSV with the visible columns", async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return "blob:export";
    });
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    const { user } = await openSignedIn("/dcimgr/server?p_cnt=3");
    await user.click(await screen.findByRole("button", { name: "Columns" }));
    await user.click(screen.getByRole("checkbox", { name: "Server type" }));
    await user.click(screen.getByRole("button", { name: "Export CSV" }));
    await waitFor(() => {
      expect(blobs).toHaveLength(1);
    });
    const lines =
      (await blobs[0]?.text())
        ?.replace(/^\uFEFF/, "")
        .trim()
        .split("\r\n") ?? [];
    expect(lines[0]).toBe("Name,Domain name,IP address,Owner,Rack,Status");
    expect(lines).toHaveLength(11);
    expect(lines[10]).toBe(
      "S-R02-05,free.ds,10.20.0.25,,R02,Power state unknown: the power device does not answer",
    );
    // The panel remembers page sizes per session: the export gives it back the user's.
    await waitFor(() => {
      expect(emulator.sessions.all(emulator.now(), 3_600_000)[0]?.lists.server?.pageSize).toBe(3);
    });
  });

  it("opens the address an action answers in a new window", async () => {
    const opened = { opener: {}, location: { href: "" }, close: vi.fn() };
    const open = vi.spyOn(window, "open").mockReturnValue(opened as unknown as Window);
    const { user } = await openSignedIn("/dcimgr/server");
    await user.click(await screen.findByRole("row", { name: /S-R01-01/ }));
    await user.click(await menuEntry(user, "Open", "IPMI console"));
    await waitFor(() => {
      expect(opened.location.href).toBe("https://10.10.0.11/");
    });
    expect(open).toHaveBeenCalledOnce();
    expect(opened.opener).toBeNull();
  });
});

describe("forms", () => {
  it("marks the field the panel refused, keeps what was typed, then saves and returns to the list", async () => {
    const { user } = await openSignedIn("/dcimgr/user");
    await user.click(await screen.findByRole("button", { name: "Add" }));
    await user.type(await screen.findByLabelText(/Username/), "hooli");
    await user.type(screen.getByLabelText(/^Password/), "secret-1");
    await user.type(screen.getByLabelText(/Repeat the password/), "secret-1");
    await user.type(screen.getByLabelText("Email"), "not-an-email");
    await user.click(screen.getByRole("button", { name: "Save" }));
    const email = screen.getByLabelText("Email");
    await waitFor(() => {
      expect(email).toHaveAttribute("aria-invalid", "true");
    });
    expect(email).toHaveAccessibleDescription(/email address/);
    expect(screen.getByLabelText(/Username/)).toHaveValue("hooli");
    await user.clear(email);
    await user.type(email, "it@hooli.example");
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByRole("heading", { name: "Users" })).toBeVisible();
    expect(await screen.findByRole("row", { name: /hooli/ })).toBeVisible();
  });

  it("keeps what was typed when the user leaves the form, never the password, until saved or discarded", async () => {
    const { user } = await openSignedIn("/dcimgr/user.edit?elid=3");
    const email = await screen.findByLabelText("Email");
    await user.clear(email);
    await user.type(email, "new@globex.example");
    await user.type(screen.getByLabelText(/^Password/), "typed-secret");
    await user.click(screen.getByRole("link", { name: "Servers" }));
    await screen.findByRole("heading", { name: "Servers" });
    expect(JSON.stringify(Object.entries(sessionStorage))).not.toContain("typed-secret");

    window.history.back();
    expect(await screen.findByText(/typed here before has been restored/)).toBeVisible();
    expect(screen.getByLabelText("Email")).toHaveValue("new@globex.example");
    expect(screen.getByLabelText(/^Password/)).toHaveValue("");
    await user.click(screen.getByRole("button", { name: "Discard my changes" }));
    expect(screen.getByLabelText("Email")).toHaveValue("it@globex.example");

    await user.clear(screen.getByLabelText("Email"));
    await user.type(screen.getByLabelText("Email"), "ops@globex.example");
    await user.click(screen.getByRole("button", { name: "Save" }));
    await screen.findByRole("heading", { name: "Users" });
    expect(
      Object.keys(sessionStorage).filter((key) => key.startsWith("dci-console.draft.")),
    ).toEqual([]);
    expect(emulator.state.users.find((candidate) => candidate.name === "globex")?.email).toBe(
      "ops@globex.example",
    );
  });

  it("checks a field with the panel's validator when it is left", async () => {
    const { user } = await openSignedIn("/dcimgr/user.edit?elid=3");
    const email = await screen.findByLabelText("Email");
    await user.clear(email);
    await user.type(email, "not-an-email");
    await user.tab();
    await waitFor(() => {
      expect(email).toHaveAccessibleDescription(/email address such as/);
    });
    expect(emulator.state.users.find((candidate) => candidate.name === "globex")?.email).toBe(
      "it@globex.example",
    );
  });

  it("asks for required fields before sending anything", async () => {
    const { user } = await openSignedIn("/dcimgr/user.edit");
    await user.click(await screen.findByRole("button", { name: "Save" }));
    expect(screen.getByLabelText(/Username/)).toHaveAccessibleDescription(/required/);
    expect(emulator.state.users).toHaveLength(4);
  });

  it("asks the panel for dependent values when a setvalues field changes, keeping what was typed", async () => {
    const { user } = await openSignedIn("/dcimgr/server.operations?elid=6");
    await user.type(await screen.findByLabelText(/Domain name/), "win1.example");
    expect(
      within(screen.getByLabelText("Recipe"))
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(["None", "ispmanager", "Docker"]);
    await user.selectOptions(
      screen.getByLabelText(/OS template/),
      "ISPsystem__Windows Server 2016",
    );
    await waitFor(() => {
      expect(
        within(screen.getByLabelText("Recipe"))
          .getAllByRole("option")
          .map((option) => option.textContent),
      ).toEqual(["None"]);
    });
    expect(screen.getByLabelText(/Domain name/)).toHaveValue("win1.example");
    expect(screen.getByLabelText(/OS template/)).toHaveValue("ISPsystem__Windows Server 2016");
  });

  it("hides fields by the chosen option", async () => {
    const { user } = await openSignedIn("/dcimgr/server.operations?elid=3");
    expect(await screen.findByLabelText(/OS template/)).toBeVisible();
    await user.click(screen.getByRole("radio", { name: "Run diagnostics" }));
    expect(screen.queryByLabelText(/OS template/)).not.toBeInTheDocument();
  });
});

describe("reports", () => {
  it("shows a customer's traffic with totals and a chart, and takes the period into the address", async () => {
    const { user } = await openSignedIn("/dcimgr/traffic", "acme");
    const band = await screen.findByRole("region", { name: "Traffic by server" });
    const rows = within(within(band).getByRole("table")).getAllByRole("row");
    expect(rows).toHaveLength(5);
    expect(rows[4]).toHaveTextContent(/Total/);
    expect(
      await within(band).findByRole("img", { name: "Traffic by server: Received, Sent" }),
    ).toBeVisible();
    await user.selectOptions(screen.getByLabelText(/Period/), "currentday");
    await user.click(screen.getByRole("button", { name: "Show" }));
    await waitFor(() => {
      expect(window.location.search).toBe("?period=currentday&sok=ok");
    });
    await waitFor(() => {
      expect(screen.getByLabelText(/Period/)).toHaveValue("currentday");
    });
  });
});

describe("the dashboard", () => {
  it("shows quick links, a short server list and the traffic report without changing the list's page size", async () => {
    const { user } = await openSignedIn("/dcimgr/dashboard");
    const links = await screen.findByRole("region", { name: "Quick links" });
    expect(
      within(links)
        .getAllByRole("link")
        .map((link) => link.textContent),
    ).toEqual(["Servers", "Users", "Action log", "Traffic"]);
    const servers = screen.getByRole("region", { name: "Servers" });
    const serverTable = await within(servers).findByRole("table");
    expect(
      within(serverTable)
        .getAllByRole("columnheader")
        .map((header) => header.textContent),
    ).toEqual(["Name", "Domain name", "Status"]);
    expect(within(serverTable).getAllByRole("row")).toHaveLength(6);
    const traffic = screen.getByRole("region", { name: "Traffic" });
    expect(within(await within(traffic).findByRole("table")).getAllByRole("row")).toHaveLength(6);
    expect(emulator.sessions.all(emulator.now(), 3_600_000)[0]?.lists.server?.pageSize).toBe(50);
    await user.click(within(servers).getByRole("link", { name: "Open the whole list" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Servers" })).toBeVisible();
    expect(within(screen.getByRole("grid")).getAllByRole("row")).toHaveLength(11);
  });
});
