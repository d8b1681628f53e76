// @vitest-environment node
import { describe, expect, it } from "vitest";

import { testPanel, type Doc } from "../../testing/emulator-client";
import { manualUrl } from "./functions/dcisettings";
import { captchaCode } from "./functions/dcisettings-parts";

const fieldsOf = (doc: Doc): any[] => doc.metadata.form.page.flatMap((page: any) => page.field);
const field = (doc: Doc, name: string) =>
  fieldsOf(doc).find((candidate) => candidate.$name === name);
const slist = (doc: Doc, name: string) => doc.slist.find((list: any) => list.$name === name);
const list = (doc: Doc, name: string) => doc.list.find((item: any) => item.$name === name);

describe("dcisettings: the global settings form", () => {
  it("is the operator's, in the menu, and refused to customers", async () => {
    const panel = testPanel();
    const menu = await panel.as("admin")({ func: "desktop" });
    const settings = menu.mainmenu.node.find((group: any) => group.$name === "mainmenu_settings");
    expect(settings.node[0]).toEqual({
      $name: "dcisettings",
      $action: "dcisettings",
      $type: "form",
    });
    expect((await panel.as("acme")({ func: "dcisettings" })).error.$type).toBe("access");
  });

  it("has pages, one collapsed, and a control of every kind with its wire attributes", async () => {
    const doc = await testPanel().as("admin")({ func: "dcisettings" });
    expect(doc.metadata).toMatchObject({ $name: "dcisettings", $type: "form" });
    expect(doc.metadata.form.page.map((page: any) => [page.$name, page.$collapsed])).toEqual([
      ["main", undefined],
      ["install", undefined],
      ["network", undefined],
      ["time", "yes"],
      ["notify", undefined],
      ["about", undefined],
      ["danger", undefined],
    ]);
    const kinds = new Set(
      fieldsOf(doc).flatMap((entry) => Object.keys(entry).filter((key) => !key.startsWith("$"))),
    );
    for (const kind of [
      "input",
      "select",
      "textarea",
      "slider",
      "textdata",
      "htmldata",
      "desc",
      "list",
      "tree",
      "datetime",
      "link",
      "img",
      "frame",
      "captcha",
    ])
      expect(kinds, kind).toContain(kind);
    expect(field(doc, "panelname").input).toEqual([
      { $name: "panelname", $required: "yes", $type: "text", $focus: "yes", $maxlength: "64" },
    ]);
    expect(field(doc, "paneldomain").input[0]).toMatchObject({
      $check: "hostname",
      $convert: "punycode",
    });
    expect(field(doc, "ntp_servers").input[0]).toMatchObject({ $zoom: "5", $check: "hostname" });
    expect(field(doc, "maintenance_date").input[0].$date).toBe("yes");
    expect(field(doc, "maintenance_start").input[0].$date).toBe("datetime");
    expect(field(doc, "maintenance_window").input[0].$mask).toBe("99:99-99:99");
    expect(field(doc, "next_check").datetime).toEqual([{ $name: "next_check" }]);
    expect(field(doc, "autoshutdown_delay").slider).toEqual([
      { $name: "autoshutdown_delay", $min: "0", $max: "120", $step: "5" },
    ]);
    expect(field(doc, "clear_mode").select[0].$type).toBe("radio");
    expect(field(doc, "notify_events").select[0].$type).toBe("multiple");
    expect(field(doc, "default_location").select[0].$setvalues).toBe("finalblock");
    expect(field(doc, "notify_format").select[0].$depend).toBe("notify_channel");
    expect(slist(doc, "notify_format").val[2]).toEqual({
      $key: "telegram_markdown",
      $depend: "telegram",
      $: "Markdown message",
    });
    expect(field(doc, "dns_servers").textarea[0].$rows).toBe("3");
    expect(field(doc, "license_state").textdata).toEqual([
      { $name: "license_state", $type: "msgdata" },
    ]);
    expect(field(doc, "version").textdata[0].$type).toBe("data");
    expect(field(doc, "eol_warning").textdata[0]).toMatchObject({ $type: "msg", $warning: "yes" });
    expect(field(doc, "about_text")).toMatchObject({
      $noname: "yes",
      desc: [{ $name: "about_text" }],
    });
    expect(field(doc, "release_notes")).toMatchObject({ $fullwidth: "yes" });
    expect(field(doc, "docs_link").link[0].$url).toBe(doc.docs_link.$);
    expect(field(doc, "rack_map").img[0].$src).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(field(doc, "locations_frame").frame[0].$src).toBe(
      "/dcimgr?func=location&out=print&lang=en",
    );
    expect(field(doc, "captcha").captcha[0].$src).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(field(doc, "ntp_status").list[0]).toEqual({
      $name: "ntp_status",
      $type: "table",
      col: [
        { $name: "server", $type: "data" },
        { $name: "stratum", $type: "data" },
        { $name: "offset", $type: "data" },
        { $name: "state", $type: "data" },
      ],
    });
    expect(field(doc, "server_types").list[0].$type).toBe("block");
    expect(doc.messages.msg.list_server).toBe("Server");
    expect(doc.messages.msg.placeholder_panelname).toBe("DCImanager");
    expect(doc.messages.msg.shadow_hint_panelname).toMatch(/For example/);
    expect(doc.messages.msg.hint_panelname).toBeTruthy();
  });

  it("sends conditions with hide, shadow, empty and else", async () => {
    const doc = await testPanel().as("admin")({ func: "dcisettings" });
    expect(field(doc, "clear_disks").input[0].if).toEqual([{ $value: "off", $hide: "clear_mode" }]);
    expect(field(doc, "autoshutdown").input[0].if).toEqual([
      { $value: "off", $shadow: "autoshutdown_delay" },
    ]);
    expect(field(doc, "support_email").input[0].if).toEqual([
      { $empty: "yes", $hide: "notify_events" },
    ]);
    expect(field(doc, "ipsource").select[0]).toMatchObject({
      if: [{ $value: "local", $hide: "ipmgr_url" }],
      else: [{ $shadow: "ip_reserve" }],
    });
  });

  it("sends the values, options with colours, the embedded lists and the tree", async () => {
    const doc = await testPanel().as("admin")({ func: "dcisettings" });
    expect(doc.ntp_servers.$).toBe("0.pool.ntp.org\n1.pool.ntp.org");
    // A multiple select's keys repeat the element (mgr5-protocol.md §6.3).
    expect(doc.notify_events).toEqual([{ $: "hwproblem" }, { $: "operation_failed" }]);
    expect(slist(doc, "notify_events").val[0]).toEqual({
      $key: "hwproblem",
      $color: "red",
      $: "Hardware problems",
    });
    expect(doc.license_state.$).toBe("license_ok");
    expect(doc.messages.msg.license_ok).toMatch(/Valid/);
    expect(doc.release_notes.$).toContain("<script>");
    expect(doc.release_notes.$).toContain("onerror=");
    expect(doc.release_notes.$).toContain("javascript:");
    expect(doc.release_notes.$).toContain("<b>DCImanager 5.300</b>");
    expect(list(doc, "ntp_status").elem.map((row: any) => row.server.$)).toEqual([
      "0.pool.ntp.org",
      "1.pool.ntp.org",
    ]);
    expect(list(doc, "server_types").elem[0]).toMatchObject({ servers: { $: "5" } });
    expect(doc.tree).toEqual([
      {
        $name: "default_rack",
        node: [
          {
            $key: "location:MSK-DC1",
            $selectable: "no",
            $: "MSK-DC1",
            node: [
              { $key: "R01", $: "R01 (42U)" },
              { $key: "R02", $: "R02 (42U)" },
              { $key: "R03", $: "R03 (42U)" },
            ],
          },
        ],
      },
    ]);
    expect(doc.default_rack.$).toBe("R01");
  });

  it("lists every button type with its attributes", async () => {
    const doc = await testPanel().as("admin")({ func: "dcisettings" });
    expect(doc.metadata.form.buttons.button).toEqual([
      { $name: "ok", $type: "ok", $color: "green" },
      { $name: "apply", $type: "ok", $keepform: "yes", $blocking: "yes" },
      { $name: "refresh", $type: "setvalues" },
      { $name: "help", $type: "blank" },
      { $name: "journal", $type: "func", $func: "journal" },
      { $name: "undo", $type: "reset" },
      { $name: "restart", $type: "ok", $color: "red", $disabled: "yes" },
      { $name: "cancel", $type: "cancel" },
    ]);
  });

  it("saves what is sent, normalised, and shows it again; journalled once", async () => {
    const panel = testPanel();
    const admin = panel.as("admin");
    const saved = await admin({
      func: "dcisettings",
      sok: "ok",
      clicked_button: "ok",
      panelname: "DCI Moscow",
      paneldomain: "панель.example",
      ntp_servers: " ntp1.example.net \n\nNTP2.example.net\n",
      maintenance_date: "2026-07-01",
      maintenance_start: "2026-07-01T03:00",
      maintenance_window: "01:30-03:30",
      next_check: "2026-07-02 04:00",
      autoshutdown: "on",
      autoshutdown_delay: "45",
      notify_events: "install_done, ticket",
      default_rack: "R02",
      clear_disks: "off",
      notify_channel: "webhook",
      notify_format: "webhook_json",
    });
    expect(saved.ok).toEqual({});
    const doc = await admin({ func: "dcisettings" });
    expect(doc.panelname.$).toBe("DCI Moscow");
    expect(doc.paneldomain.$).toBe("xn--80aksgi6f.example");
    expect(doc.ntp_servers.$).toBe("ntp1.example.net\nntp2.example.net");
    expect(doc.maintenance_start.$).toBe("2026-07-01 03:00:00");
    expect(doc.next_check.$).toBe("2026-07-02 04:00:00");
    expect(doc.autoshutdown_delay.$).toBe("45");
    expect(doc.notify_events).toEqual([{ $: "install_done" }, { $: "ticket" }]);
    expect(doc.default_rack.$).toBe("R02");
    expect(doc.clear_disks.$).toBe("off");
    expect(doc.notify_format.$).toBe("webhook_json");
    // Hidden by clear_disks=off: kept as it was.
    expect(doc.clear_mode.$).toBe("fast");
    const journal = await admin({ func: "journal" });
    expect(journal.elem.func.$).toBe("dcisettings");
  });

  it("checks each line of the zoom field and names the bad one", async () => {
    const panel = testPanel();
    const before = panel.snapshot();
    const doc = await panel.as("admin")({
      func: "dcisettings",
      sok: "ok",
      ntp_servers: "ntp1.example.net\nnot a host\nntp3.example.net",
    });
    expect(doc.error).toMatchObject({ $type: "value", $object: "ntp_servers" });
    expect(doc.error.msg.$).toMatch(/^Line 2: Enter a domain name/);
    expect(panel.snapshot()).toBe(before);
    const ru = await panel.as("admin")({
      func: "dcisettings",
      sok: "ok",
      lang: "ru",
      ntp_servers: "ok.example\n-bad-",
    });
    expect(ru.error.msg.$).toMatch(/^Строка 2:/);
  });

  it.each([
    ["maintenance_date", "2026-02-30", /YYYY-MM-DD/],
    ["maintenance_start", "2026-07-01 25:00", /HH:MM:SS/],
    ["next_check", "tomorrow", /HH:MM:SS/],
    ["maintenance_window", "1:30-3:30", /__:__-__:__/],
    ["autoshutdown_delay", "47", /steps of 5/],
    ["install_threads", "17", /from 1 to 16/],
    ["default_rack", "location:MSK-DC1", /Invalid value/],
    ["notify_events", "hwproblem, nosuch", /Invalid value/],
    ["support_email", "nobody", /email/],
    ["panelname", "", /required/],
    ["notify_format", "telegram_plain", /format of the chosen channel/],
  ])("refuses %s=%s with a value error on the field", async (name, value, message) => {
    const doc = await testPanel().as("admin")({
      func: "dcisettings",
      sok: "ok",
      autoshutdown: "on",
      [name]: value,
    });
    expect(doc.error).toMatchObject({ $type: "value", $object: name });
    expect(doc.error.msg.$).toMatch(message);
  });

  it("does not require or read fields hidden or greyed out by a condition", async () => {
    const panel = testPanel();
    const admin = panel.as("admin");
    // ipsource=local hides ipmgr_url: garbage there is ignored.
    expect(
      (await admin({ func: "dcisettings", sok: "ok", ipsource: "local", ipmgr_url: "x y" })).ok,
    ).toEqual({});
    // The else of ipsource greys out ip_reserve: a bad value there is not even read.
    const remote = await admin({
      func: "dcisettings",
      sok: "ok",
      ipsource: "ipmanager",
      ipmgr_url: "https://ipmgr.example.net:1500/ipmgr",
      ip_reserve: "999",
    });
    expect(remote.ok).toEqual({});
    expect(panel.emulator.state.settings.ip_reserve).toBe("4");
    expect(
      (await admin({ func: "dcisettings", sok: "ok", ipsource: "ipmanager", ipmgr_url: "" })).error
        .$object,
    ).toBe("ipmgr_url");
    // An empty email hides the events (if empty="yes"): they are neither checked nor saved.
    expect(
      (await admin({ func: "dcisettings", sok: "ok", support_email: "", notify_events: "nosuch" }))
        .ok,
    ).toEqual({});
    // autoshutdown=off greys out the delay: it keeps its value.
    await admin({ func: "dcisettings", sok: "ok", autoshutdown: "off", autoshutdown_delay: "90" });
    expect(panel.emulator.state.settings.autoshutdown_delay).toBe("30");
  });

  it("lets clicked_button decide: ok and apply save, help answers a URL, others are refused", async () => {
    const panel = testPanel();
    const admin = panel.as("admin");
    expect(
      (await admin({ func: "dcisettings", sok: "ok", clicked_button: "apply", panelname: "A" })).ok,
    ).toEqual({});
    expect(panel.emulator.state.settings.panelname).toBe("A");
    const before = panel.snapshot();
    const help = await admin({
      func: "dcisettings",
      sok: "ok",
      clicked_button: "help",
      panelname: "B",
    });
    expect(help.ok.$).toBe(manualUrl);
    expect(help.ok.$).toMatch(/^https:\/\//);
    expect(panel.snapshot()).toBe(before);
    const disabled = await admin({ func: "dcisettings", sok: "ok", clicked_button: "restart" });
    expect(disabled.error).toMatchObject({ $type: "value", $object: "clicked_button" });
    expect(
      (await admin({ func: "dcisettings", sok: "ok", clicked_button: "nosuch" })).error.$object,
    ).toBe("clicked_button");
    expect(panel.snapshot()).toBe(before);
  });

  it("answers setvalues with what was typed, the chosen location filling its DNS servers", async () => {
    const panel = testPanel();
    const before = panel.snapshot();
    const doc = await panel.as("admin")({
      func: "dcisettings",
      sv_field: "default_location",
      default_location: "MSK-DC1",
      panelname: "typed, not saved",
      dns_servers: "",
    });
    expect(doc.metadata.$type).toBe("form");
    expect(doc.panelname.$).toBe("typed, not saved");
    expect(doc.dns_servers.$).toBe("8.8.8.8\n1.1.1.1");
    const refreshed = await panel.as("admin")({
      func: "dcisettings",
      sv_field: "refresh",
      ntp_servers: "a.example\nb.example\nc.example",
    });
    expect(list(refreshed, "ntp_status").elem).toHaveLength(3);
    expect(panel.snapshot()).toBe(before);
  });

  it("resets every setting only with the captcha's code", async () => {
    const panel = testPanel();
    const admin = panel.as("admin");
    await admin({ func: "dcisettings", sok: "ok", panelname: "Changed" });
    const wrong = await admin({
      func: "dcisettings",
      sok: "ok",
      reset_defaults: "on",
      captcha: "0000x",
    });
    expect(wrong.error).toMatchObject({ $type: "value", $object: "captcha" });
    expect(
      (await admin({ func: "dcisettings", sok: "ok", reset_defaults: "on" })).error.$object,
    ).toBe("captcha");
    const code = captchaCode("admin", panel.emulator.now());
    expect(
      (await admin({ func: "dcisettings", sok: "ok", reset_defaults: "on", captcha: code })).ok,
    ).toEqual({});
    expect(panel.emulator.state.settings.panelname).toBe("DCImanager");
  });
});

describe("collapse: a page's state remembered per user", () => {
  const pageState = async (call: (params: Record<string, string>) => Promise<Doc>) =>
    Object.fromEntries(
      (await call({ func: "dcisettings" })).metadata.form.page.map((page: any) => [
        page.$name,
        page.$collapsed ?? "no",
      ]),
    );

  it("answers an empty ok and reflects the state in collapsed next time, for that user only", async () => {
    const panel = testPanel();
    const admin = panel.as("admin");
    const closed = await admin({
      func: "collapse",
      page: "main",
      collapse: "on",
      action: "dcisettings",
    });
    expect(closed.ok).toEqual({});
    const opened = await admin({
      func: "collapse",
      page: "time",
      collapse: "off",
      action: "dcisettings",
    });
    expect(opened.ok).toEqual({});
    expect(await pageState(admin)).toMatchObject({ main: "yes", time: "no", install: "no" });
    // Another form's page of the same name is not touched.
    const server = await admin({ func: "server.edit", elid: "1" });
    expect(server.metadata.form.page[0].$collapsed).toBeUndefined();
    // Not journalled: it changes nothing on the panel.
    expect((await admin({ func: "journal" })).elem).toBeUndefined();
  });

  it("keeps one user's preference from another's", async () => {
    const panel = testPanel();
    await panel.as("acme")({
      func: "collapse",
      page: "main",
      collapse: "on",
      action: "sshpubkey.edit",
    });
    const own = await panel.as("acme")({ func: "sshpubkey.edit", elid: "2" });
    expect(own.metadata.form.page[0].$collapsed).toBe("yes");
    const operator = await panel.as("admin")({ func: "sshpubkey.edit", elid: "2" });
    expect(operator.metadata.form.page[0].$collapsed).toBeUndefined();
  });

  it.each([
    [{ page: "", collapse: "on", action: "dcisettings" }, "value", "page"],
    [{ page: "main", collapse: "maybe", action: "dcisettings" }, "value", "collapse"],
    [{ page: "main", collapse: "on", action: "nosuch" }, "missed", "action"],
    [{ page: "main", collapse: "on" }, "missed", "action"],
  ])("refuses %o", async (params, type, object) => {
    const panel = testPanel();
    const before = panel.snapshot();
    const doc = await panel.as("admin")({ func: "collapse", ...params });
    expect(doc.error).toMatchObject({ $type: type, $object: object });
    expect(panel.snapshot()).toBe(before);
  });
});
