import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { QueryClientProvider } from "@tanstack/react-query";
import { describe, expect, it, vi } from "vitest";

import { signIn } from "../../api/auth";
import { createTestQueryClient, screen, setupMockPanel, waitFor, within } from "../../testing";
import { parseForm } from "../../xjson/parse-form";
import type { WireNode } from "../../xjson/wire";
import { FormView } from "./form-view";

const { emulator } = setupMockPanel();

const control = (name: string, kind: string, attrs: WireNode = {}): WireNode => ({
  $name: name,
  [kind]: [{ $name: name, ...attrs }],
});

/** Every control of §6.3 on one form, with values, lists and words as a panel sends them. */
const everyControl: WireNode = {
  $func: "demo.edit",
  elid: { $: "7" },
  metadata: {
    $name: "demo.edit",
    $type: "form",
    form: {
      page: [
        {
          $name: "main",
          field: [
            control("name", "input", { $required: "yes", $mask: "aa-99" }),
            control("secret", "input", { $type: "password" }),
            control("starts", "input", { $date: "yes" }),
            control("at", "input", { $date: "datetime" }),
            control("ntp", "input", { $zoom: "yes" }),
            control("agree", "input", { $type: "checkbox" }),
            control("token", "input", { $type: "hidden" }),
            control("keyfile", "input", { $type: "file", $multiple: "yes" }),
            control("os", "select", { if: [{ $value: "win", $hide: "rootpw", $shadow: "name" }] }),
            control("rootpw", "input"),
            control("boot", "select", { $type: "radio" }),
            control("roles", "select", { $type: "multiple" }),
            control("note", "textarea", { $rows: "3" }),
            control("cpu", "slider", { $min: "1", $max: "16" }),
            control("when", "datetime"),
            control("intro", "textdata", { $type: "msg" }),
            control("about", "htmldata"),
            control("help", "desc"),
            control("disks", "list", { col: [{ $name: "dev" }, { $name: "size" }] }),
            control("rack", "tree"),
            control("docs", "link", { $url: "https://docs.example.com/" }),
            control("logo", "img", { $src: "/favicon.svg" }),
            control("graph", "frame", { $src: "/graph" }),
            control("thread", "ticket"),
            control("code", "captcha"),
            control("odd", "hologram"),
          ],
        },
      ],
      buttons: {
        button: [
          { $name: "ok", $type: "ok" },
          { $name: "stay", $type: "ok", $keepform: "yes" },
          { $name: "console", $type: "blank" },
          { $name: "wipe", $type: "func", $func: "server.wipe", $color: "red" },
          { $name: "reset", $type: "reset" },
          { $name: "later", $type: "ok", $disabled: "yes" },
          { $name: "teleport", $type: "teleport" },
          { $name: "cancel", $type: "cancel" },
        ],
      },
    },
  },
  messages: {
    msg: {
      title: "Everything",
      name: "Name",
      secret: "Secret",
      starts: "Starts",
      at: "At",
      ntp: "NTP servers",
      agree: "I agree",
      keyfile: "Key files",
      os: "OS",
      rootpw: "Root password",
      boot: "Boot from",
      roles: "Roles",
      note: "Note",
      cpu: "Cores",
      when: "When",
      intro: "Read this first",
      desc_help: "How to fill it in",
      list_dev: "Device",
      list_size: "Size",
      rack: "Rack",
      docs: "Documentation",
      logo: "Logo",
      graph: "Graph",
      thread: "Messages",
      code: "Code",
      msg_ok: "Save",
      msg_stay: "Apply",
      msg_console: "Open console",
      msg_wipe: "Wipe",
      msg_reset: "Reset",
      msg_later: "Later",
      msg_teleport: "Teleport",
      msg_cancel: "Cancel",
    },
  },
  name: { $: "ab-12" },
  os: { $: "linux" },
  boot: { $: "disk" },
  roles: { $: "web" },
  cpu: { $: "4" },
  about: {
    $: '<b>Bold</b><script>window.hacked=1</script><img src=x onerror="window.hacked=2"><a href="javascript:alert(1)">bad</a><a href="https://example.com/">good</a>',
  },
  rack: { $: "r1", node: [{ $key: "dc", $label: "DC", node: [{ $key: "r1", $label: "R01" }] }] },
  thread: {
    message: [
      { $type: "outcoming", $user: "acme", $date: "2026-11-28", text: { $: "Disk is slow" } },
      {
        $type: "incoming",
        $user: "support",
        $date: "2026-11-29",
        text: { $: "Replaced" },
        file: [{ $name: "smart.txt", $url: "https://panel.example/f/1" }],
      },
    ],
  },
  list: [{ $name: "disks", elem: [{ dev: { $: "sda" }, size: { $: "480 GB" } }] }],
  slist: [
    {
      $name: "os",
      val: [
        { $key: "linux", $: "Linux" },
        { $key: "win", $: "Windows" },
      ],
    },
    {
      $name: "boot",
      val: [
        { $key: "disk", $: "Disk" },
        { $key: "net", $: "Network" },
      ],
    },
    {
      $name: "roles",
      val: [
        { $key: "web", $color: "green", $: "Web" },
        { $key: "db", $: "Database" },
      ],
    },
  ],
};

/** Answers `demo.edit` the way a panel would, and records what each submit sent. */
function answerDemo(reply: (params: URLSearchParams) => WireNode) {
  const sent: URLSearchParams[] = [];
  const answer = emulator.handle.bind(emulator);
  vi.spyOn(emulator, "handle").mockImplementation(async (request, ip) => {
    const params = new URLSearchParams(await request.clone().text());
    if (params.get("func") !== "demo.edit") return answer(request, ip);
    sent.push(params);
    return Response.json({ doc: reply(params) });
  });
  return sent;
}

async function renderForm(doc: WireNode = everyControl) {
  await signIn({ username: "admin", password: "admin", lang: "en" });
  const done = { onDone: vi.fn(), onOpen: vi.fn(), onWindow: vi.fn((url: string) => url !== "") };
  const user = userEvent.setup();
  render(
    <QueryClientProvider client={createTestQueryClient()}>
      <FormView form={parseForm(doc)} {...done} />
    </QueryClientProvider>,
  );
  return { user, ...done };
}

describe("the form view draws every control of §6.3", () => {
  it("draws each control with its label, and a placeholder for what it does not know", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    await renderForm();
    expect(screen.getByLabelText(/^Name/)).toHaveValue("ab-12");
    expect(screen.getByLabelText("Secret")).toHaveAttribute("type", "password");
    expect(screen.getByLabelText("Starts")).toHaveAttribute("type", "date");
    expect(screen.getByLabelText("At")).toHaveAttribute("type", "datetime-local");
    expect(screen.getByLabelText("NTP servers").tagName).toBe("TEXTAREA");
    expect(screen.getByLabelText("I agree")).toHaveAttribute("type", "checkbox");
    expect(screen.getByLabelText("Key files")).toHaveAttribute("multiple");
    expect(screen.getByLabelText("OS")).toHaveValue("linux");
    expect(
      within(screen.getByRole("radiogroup", { name: "Boot from" })).getByLabelText("Disk"),
    ).toBeChecked();
    expect(
      within(screen.getByRole("group", { name: "Roles" })).getByLabelText("Web"),
    ).toBeChecked();
    expect(screen.getByLabelText("Note")).toHaveAttribute("rows", "3");
    expect(screen.getByLabelText("Cores")).toHaveAttribute("type", "range");
    expect(screen.getByText("4", { selector: "output" })).toBeVisible();
    expect(screen.getByLabelText("When")).toHaveAttribute("type", "datetime-local");
    expect(screen.getByText("Read this first")).toBeVisible();
    expect(screen.getByText("How to fill it in")).toBeVisible();
    const disks = screen.getByRole("table", { name: "disks" });
    expect(within(disks).getByRole("columnheader", { name: "Device" })).toBeVisible();
    expect(within(disks).getByRole("cell", { name: "480 GB" })).toBeVisible();
    expect(
      within(screen.getByRole("radiogroup", { name: "Rack" })).getByLabelText("R01"),
    ).toBeChecked();
    expect(screen.getByRole("link", { name: "Documentation" })).toHaveAttribute(
      "href",
      "https://docs.example.com/",
    );
    expect(screen.getByRole("img", { name: "Logo" })).toBeVisible();
    // A page of the panel's own origin may load with the session; it still runs no script.
    expect(screen.getByTitle("Graph")).toHaveAttribute("sandbox", "allow-same-origin");
    expect(screen.getByText("Disk is slow").closest("li")).toHaveClass("ticket-outgoing");
    expect(screen.getByRole("link", { name: "smart.txt" })).toHaveAttribute(
      "href",
      "https://panel.example/f/1",
    );
    expect(screen.getByLabelText("Code")).toBeVisible();
    expect(screen.getByText(/captcha works only on its own login page/)).toBeVisible();
    expect(screen.getByRole("note", { name: "" })).toHaveTextContent(
      "odd: this kind of field is not supported yet (none)",
    );
  });

  it("draws the panel's HTML without scripts, handlers or javascript: links", async () => {
    await renderForm();
    expect((await screen.findByText("Bold")).tagName).toBe("B");
    expect(screen.getByRole("link", { name: "good" })).toHaveAttribute(
      "rel",
      "noopener noreferrer",
    );
    expect(screen.getByText("bad")).not.toHaveAttribute("href");
    expect(document.querySelector(".form-html script")).toBeNull();
    expect(document.querySelector(".form-html [onerror]")).toBeNull();
    expect((window as { hacked?: number }).hacked).toBeUndefined();
  });

  it("hides and shadows fields by the conditions, as the value changes", async () => {
    const { user } = await renderForm();
    expect(screen.getByLabelText("Root password")).toBeVisible();
    await user.selectOptions(screen.getByLabelText("OS"), "win");
    expect(screen.queryByLabelText("Root password")).not.toBeInTheDocument();
    expect(screen.getByLabelText(/^Name/)).toHaveAttribute("readonly");
    await user.selectOptions(screen.getByLabelText("OS"), "linux");
    expect(screen.getByLabelText("Root password")).toBeVisible();
    expect(screen.getByLabelText(/^Name/)).not.toHaveAttribute("readonly");
  });

  it("checks a mask when the field is left", async () => {
    const { user } = await renderForm();
    await user.clear(screen.getByLabelText(/^Name/));
    await user.type(screen.getByLabelText(/^Name/), "12-ab");
    await user.tab();
    expect(await screen.findByText("The value does not fit the pattern aa-99")).toBeVisible();
  });
});

describe("the form's buttons do what §6.4 says", () => {
  it("submits every value with sok and the button, multiple choices joined with a comma", async () => {
    const sent = answerDemo(() => ({ ok: {} }));
    const { user, onDone } = await renderForm();
    await user.click(
      within(screen.getByRole("group", { name: "Roles" })).getByLabelText("Database"),
    );
    await user.click(screen.getByRole("button", { name: "Save" }));
    await waitFor(() => {
      expect(onDone).toHaveBeenCalled();
    });
    expect(sent[0]?.get("roles")).toBe("web, db");
    expect(sent[0]?.get("sok")).toBe("ok");
    expect(sent[0]?.get("clicked_button")).toBe("ok");
    expect(sent[0]?.get("elid")).toBe("7");
    expect(sent[0]?.get("cpu")).toBe("4");
    // What is passed on never holds a password.
    expect(onDone.mock.calls[0]?.[1]).not.toHaveProperty("secret");
  });

  it("stays on the form after a keepform button and says it is saved", async () => {
    answerDemo(() => ({ ok: {} }));
    const { user, onDone } = await renderForm();
    await user.click(screen.getByRole("button", { name: "Apply" }));
    expect(await screen.findByText("Saved.")).toBeVisible();
    expect(onDone).not.toHaveBeenCalled();
  });

  it("opens a blank button's answer in a new window, and refuses an address that is no web page", async () => {
    const urls = ["https://ipmi.example.com/console", "javascript:alert(1)"];
    answerDemo(() => ({ ok: { $: urls.shift() ?? "" } }));
    const { user, onWindow } = await renderForm();
    onWindow.mockImplementation((url: string) => url.startsWith("https:"));
    await user.click(screen.getByRole("button", { name: "Open console" }));
    await waitFor(() => {
      expect(onWindow).toHaveBeenCalledWith("https://ipmi.example.com/console");
    });
    await user.click(screen.getByRole("button", { name: "Open console" }));
    expect(await screen.findByText(/not a web page; it was not opened/)).toBeVisible();
  });

  it("opens a func button's function for the same object, resets, cancels, and reports an unknown type", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const { user, onOpen, onDone } = await renderForm();
    await user.click(screen.getByRole("button", { name: "Wipe" }));
    expect(onOpen).toHaveBeenCalledWith("server.wipe", { elid: "7", plid: undefined });

    await user.type(screen.getByLabelText("Note"), "typed");
    await user.click(screen.getByRole("button", { name: "Reset" }));
    expect(screen.getByLabelText("Note")).toHaveValue("");

    expect(screen.getByRole("button", { name: "Later" })).toBeDisabled();
    await user.click(screen.getByRole("button", { name: "Teleport" }));
    expect(
      await screen.findByText(/not supported by this interface yet \(teleport\)/),
    ).toBeVisible();

    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(onDone).toHaveBeenCalledWith();
  });

  it("shows the next step a submit answers with", async () => {
    answerDemo(() => ({
      $func: "demo.edit",
      metadata: { $type: "form", form: { field: [control("step2", "input")] } },
      messages: { msg: { title: "Step two", step2: "Second" } },
    }));
    const { user } = await renderForm();
    await user.click(screen.getByRole("button", { name: "Save" }));
    expect(await screen.findByRole("heading", { name: "Step two" })).toBeVisible();
    expect(screen.getByLabelText("Second")).toBeVisible();
  });

  it("tells the panel when a page is closed or opened again, so it is drawn that way next time", async () => {
    const collapses: URLSearchParams[] = [];
    const answer = emulator.handle.bind(emulator);
    vi.spyOn(emulator, "handle").mockImplementation(async (request, ip) => {
      const params = new URLSearchParams(await request.clone().text());
      if (params.get("func") === "collapse") collapses.push(params);
      return answer(request, ip);
    });
    const { user } = await renderForm({
      ...everyControl,
      metadata: {
        $type: "form",
        form: {
          page: [
            { $name: "main", field: [control("name", "input")] },
            { $name: "extra", $collapsed: "yes", field: [control("note", "textarea")] },
          ],
        },
      },
      messages: { msg: { main: "Main", extra: "Extra", name: "Name", note: "Note" } },
    });
    await user.click(screen.getByText("Extra"));
    await user.click(screen.getByText("Main"));
    await waitFor(() => {
      expect(collapses).toHaveLength(2);
    });
    expect(
      collapses.map((params) => [params.get("page"), params.get("collapse"), params.get("action")]),
    ).toEqual([
      ["extra", "off", "demo.edit"],
      ["main", "on", "demo.edit"],
    ]);
  });
});
