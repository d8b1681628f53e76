// @vitest-environment node
import { describe, expect, it } from "vitest";

import { column, rows, testPanel } from "../../testing/emulator-client";

describe("desktop", () => {
  it("gives the operator every group and a customer only theirs", async () => {
    const panel = testPanel();
    const admin = await panel.as("admin")({ func: "desktop" });
    const groups = admin.mainmenu.node.map((node: any) => node.$name);
    expect(groups).toEqual([
      "mainmenu_main",
      "mainmenu_equipment",
      "mainmenu_stat",
      "mainmenu_settings",
      "mainmenu_monitoring",
    ]);
    expect(admin.mainmenu.$startpage).toBe("server");
    const customer = await panel.as("acme")({ func: "desktop" });
    const items = customer.mainmenu.node.flatMap((group: any) =>
      group.node.map((node: any) => node.$action),
    );
    expect(items).toEqual(["dashboard", "server", "ticket", "traffic", "sshpubkey", "session"]);
  });

  it("falls back to English for an unknown language", async () => {
    const doc = await testPanel().as("admin")({ func: "desktop", lang: "de" });
    expect(doc.messages.msg.server).toBe("Servers");
    expect(doc.$lang).toBe("en");
  });
});

describe("server actions", () => {
  it("powers servers off and on as a group", async () => {
    const panel = testPanel();
    const admin = panel.as("admin");
    expect((await admin({ func: "server.poweroff", elid: "1, 2", sok: "ok" })).ok).toEqual({});
    const list = await admin({ func: "server", p_cnt: "2" });
    expect(rows(list).map((row) => row.poweroff !== undefined)).toEqual([true, true]);
    await admin({ func: "server.poweron", elid: "1", sok: "ok" });
    expect(rows(await admin({ func: "server", p_cnt: "1" }))[0].poweron).toEqual({});
  });

  it("changes nothing when one key of a group does not exist", async () => {
    const panel = testPanel();
    const before = panel.snapshot();
    const doc = await panel.as("admin")({ func: "server.poweroff", elid: "1, 999", sok: "ok" });
    expect(doc.error).toMatchObject({ $type: "missed", $object: "server" });
    expect(panel.snapshot()).toBe(before);
  });

  it("marks the edit buttons whose forms take one object at a time, and not the group-edit one", async () => {
    const doc = await testPanel().as("admin")({ func: "server" });
    const buttons = doc.metadata.toolbar.toolgrp.flatMap((group: any) => group.toolbtn);
    const edits = buttons.filter((button: any) => button.$type === "edit");
    expect(edits.map((button: any) => [button.$name, button.$nogroupedit])).toEqual([
      ["edit", undefined],
      ["operations", "yes"],
    ]);
  });

  it("does not let a customer touch another customer's server, nor learn that it exists", async () => {
    const panel = testPanel();
    const doc = await panel.as("acme")({ func: "server.reboot", elid: "5", sok: "ok" });
    expect(doc.error).toMatchObject({
      $type: "missed",
      $object: "server",
      param: [{}, { $: "5" }],
    });
    expect((await panel.as("acme")({ func: "server.disable", elid: "1" })).error.$type).toBe(
      "access",
    );
  });

  it("refuses to power a disabled server and names it", async () => {
    const doc = await testPanel().as("admin")({ func: "server.poweron", elid: "8" });
    expect(doc.error.$object).toBe("elid");
    expect(doc.error.msg.$).toContain("S-R02-03");
  });

  it("enables, disables and deletes servers, and deletion takes their addresses", async () => {
    const panel = testPanel();
    const admin = panel.as("admin");
    await admin({ func: "server.enable", elid: "8" });
    expect(panel.emulator.state.servers.find((server) => server.id === 8)?.disabled).toBe(false);
    expect((await admin({ func: "server.delete", elid: "5" })).error.msg.$).toMatch(
      /operation is running/,
    );
    await admin({ func: "server.delete", elid: "1" });
    expect(panel.emulator.state.ips.some((ip) => ip.serverId === 1)).toBe(false);
    expect(column(await admin({ func: "server" }), "name")).not.toContain("S-R01-01");
  });

  it("answers the lazy hint of a running install", async () => {
    const doc = await testPanel().as("globex")({
      func: "server",
      elid: "5",
      clickstat: "title",
      hint_field: "install_in_progress",
    });
    expect(doc.value.$).toBe("Installing Debian-10-amd64: 62%");
  });
});

describe("server forms", () => {
  it("shows the edit form with values, option lists and no secrets", async () => {
    const doc = await testPanel().as("admin")({ func: "server.edit", elid: "3" });
    expect(doc.metadata.$type).toBe("form");
    expect(doc.metadata.form.page.map((page: any) => page.$name)).toEqual(["main", "placement"]);
    expect(doc.name.$).toBe("S-R01-03");
    expect(doc.owner.$).toBe("no_owner");
    expect(
      doc.slist.find((list: any) => list.$name === "rack").val.map((val: any) => val.$key),
    ).toEqual(["R01", "R02", "R03"]);
  });

  it("marks a bad field with a value error and saves nothing", async () => {
    const panel = testPanel();
    const before = panel.snapshot();
    const doc = await panel.as("admin")({
      func: "server.edit",
      elid: "3",
      hostname: "not a host",
      sok: "ok",
    });
    expect(doc.error).toMatchObject({ $type: "value", $object: "hostname" });
    expect(doc.error.msg.$).toMatch(/domain name/i);
    expect(panel.snapshot()).toBe(before);
  });

  it("changes only the fields a billing module sends", async () => {
    const panel = testPanel();
    await panel.as("admin")({ func: "server.edit", elid: "3", owner: "acme", sok: "ok" });
    const server = panel.emulator.state.servers.find((candidate) => candidate.id === 3);
    expect(server).toMatchObject({ owner: "acme", name: "S-R01-03", rack: "R01" });
  });

  it("creates a server, returns its id and refuses a duplicate name", async () => {
    const panel = testPanel();
    const admin = panel.as("admin");
    const fields = {
      func: "server.edit",
      name: "S-R03-01",
      hostname: "free.ds",
      chassis_templ: "SM-E3-1230v6-32G-2x480SSD",
      rack: "R03",
      sok: "ok",
    };
    const created = await admin(fields);
    expect(created.id.$).toBe("11");
    expect((await admin(fields)).error).toMatchObject({ $type: "exists", $object: "server" });
    expect((await admin({ ...fields, name: "" })).error).toMatchObject({
      $type: "value",
      $object: "name",
    });
  });

  it("filters the list, describes the filter and drops it", async () => {
    const panel = testPanel();
    const sid = (await panel.call({ func: "auth", username: "admin", password: "admin" })).auth.$id;
    const call = (params: Record<string, string>) => panel.call({ auth: sid, ...params });
    const form = await call({ func: "server.filter" });
    expect(form.metadata.form.page[0].field.map((field: any) => field.$name)).toContain("owner");
    await call({ func: "server.filter", owner: "acme", status: "poweron", sok: "ok" });
    const filtered = await call({ func: "server" });
    expect(column(filtered, "hostname")).toEqual([
      "web1.acme.example",
      "db1.acme.example",
      "mail.acme.example",
    ]);
    expect(filtered.p_filter.map((line: any) => line.$)).toEqual([
      "Owner: acme",
      "State: Powered on",
    ]);
    expect((await call({ func: "server.filter", owner: "nobody", sok: "ok" })).error.$object).toBe(
      "owner",
    );
    await call({ func: "server.filter", drop: "on", sok: "ok" });
    expect(rows(await call({ func: "server" }))).toHaveLength(10);
  });
});

describe("OS installation", () => {
  it("offers only the templates the server type allows, and recomputes lists on setvalues", async () => {
    const panel = testPanel();
    const small = await panel.as("admin")({ func: "server.operations", elid: "3" });
    const templates = (doc: any) =>
      doc.slist.find((list: any) => list.$name === "ostemplate").val.map((val: any) => val.$key);
    expect(templates(small)).not.toContain("ISPsystem__Windows Server 2016");
    const dell = await panel.as("admin")({ func: "server.operations", elid: "6" });
    expect(templates(dell)).toContain("ISPsystem__Windows Server 2016");
    const windows = await panel.as("admin")({
      func: "server.operations",
      elid: "6",
      sv_field: "ostemplate",
      ostemplate: "ISPsystem__Windows Server 2016",
      hostname: "win.example",
    });
    // One option collapses to a bare object, as every single child in data does.
    expect(windows.slist.find((list: any) => list.$name === "recipe").val).toEqual({
      $key: "null",
      $: "None",
    });
    expect(windows.hostname.$).toBe("win.example");
  });

  it("installs over time, reports progress by progressid, and finishes", async () => {
    const panel = testPanel();
    const acme = panel.as("acme");
    const start = await acme({
      func: "server.operations",
      elid: "2",
      operation: "ostemplate",
      ostemplate: "ISPsystem__Ubuntu-18.04-amd64",
      hostname: "db2.acme.example",
      passwd: "s3cret-pw",
      confirm: "s3cret-pw",
      recipe: "docker",
      progressid: "1700000000",
      sok: "ok",
    });
    expect(start.ok).toEqual({});
    panel.tick(600_000);
    const progress = await acme({ func: "progress.get", elid: "1700000000" });
    expect(progress).toMatchObject({
      steps: { $: "100" },
      done: { $: "50" },
      comment: { $: "Installing Ubuntu-18.04-amd64: 50%" },
    });
    const busy = rows(await acme({ func: "server" })).find((row) => row.id.$ === "2");
    expect(busy.install_in_progress.$).toBe("50%");
    expect(
      (await acme({ func: "server.operations", elid: "2", operation: "diag", sok: "ok" })).error.msg
        .$,
    ).toMatch(/already|running/);
    panel.tick(600_000);
    const done = rows(await acme({ func: "server" })).find((row) => row.id.$ === "2");
    expect(done.install_in_progress).toBeUndefined();
    expect(done.hostname.$).toBe("db2.acme.example");
    expect((await acme({ func: "progress.get", elid: "1700000000" })).comment).toBeUndefined();
  });

  it("refuses mismatched passwords on the confirm field", async () => {
    const doc = await testPanel().as("acme")({
      func: "server.operations",
      elid: "2",
      operation: "ostemplate",
      ostemplate: "ISPsystem__CentOS-7-amd64",
      hostname: "x.example",
      passwd: "secret1",
      confirm: "secret2",
      sok: "ok",
    });
    expect(doc.error).toMatchObject({ $type: "value", $object: "confirm" });
  });

  it("does not require install fields for diagnostics, and cancels a running operation", async () => {
    const panel = testPanel();
    const admin = panel.as("admin");
    expect(
      (await admin({ func: "server.operations", elid: "3", operation: "diag", sok: "ok" })).ok,
    ).toEqual({});
    expect(
      rows(await admin({ func: "server" })).find((row) => row.id.$ === "3").diag_in_progress,
    ).toBeDefined();
    await admin({ func: "server.opercancel", elid: "3" });
    expect(
      rows(await admin({ func: "server" })).find((row) => row.id.$ === "3").diag_in_progress,
    ).toBeUndefined();
    expect((await admin({ func: "server.opercancel", elid: "3" })).error.$object).toBe("elid");
  });
});

describe("sub-lists of a server", () => {
  it("lists connections with a breadcrumb and switches ports", async () => {
    const panel = testPanel();
    const admin = panel.as("admin");
    const doc = await admin({ func: "server.connection", elid: "1" });
    expect(column(doc, "type")).toEqual(["Switch", "PDU", "IPMI"]);
    expect(doc.breadcrumb.elem.map((crumb: any) => crumb.$name)).toEqual(["Servers", "S-R01-01"]);
    const switchPort = rows(doc)[0].id.$;
    await admin({ func: "server.connection.off", plid: "1", elid: switchPort });
    expect(rows(await admin({ func: "server.connection", elid: "1" }))[0].port_off).toEqual({});
  });

  it("lists, adds and releases IP addresses, keeping the main one", async () => {
    const panel = testPanel();
    const admin = panel.as("admin");
    expect(column(await admin({ func: "iplist", elid: "1" }), "ip")).toEqual([
      "203.0.113.10",
      "203.0.113.30",
      "2001:db8:10::10",
    ]);
    const added = await admin({
      func: "iplist.edit",
      plid: "3",
      ip: "",
      group: "public",
      domain: "new.example",
      sok: "ok",
    });
    expect(added.ip.$).toBe("203.0.113.2");
    const mainId = rows(await admin({ func: "iplist", elid: "1" }))[0].id.$;
    expect((await admin({ func: "iplist.delete", plid: "1", elid: mainId })).error.$object).toBe(
      "elid",
    );
    expect(
      (await admin({ func: "iplist.edit", plid: "1", ip: "203.0.113.30", sok: "ok" })).error.$type,
    ).toBe("exists");
  });

  it("lets a customer change the domain of their address but not add one", async () => {
    const panel = testPanel();
    const acme = panel.as("acme");
    const address = rows(await acme({ func: "iplist", elid: "1" }))[1].id.$;
    expect(
      (
        await acme({
          func: "iplist.edit",
          plid: "1",
          elid: address,
          domain: "shop.acme.example",
          sok: "ok",
        })
      ).ok,
    ).toEqual({});
    expect((await acme({ func: "iplist.edit", plid: "1", sok: "ok" })).error.$type).toBe("access");
    expect((await acme({ func: "iplist", elid: "5" })).error.$type).toBe("missed");
  });

  it("answers ipmiredirect with the console URL", async () => {
    const panel = testPanel();
    expect(
      (await panel.as("acme")({ func: "ipmiredirect", elid: "1", newwindow: "yes" })).ok.$,
    ).toBe("https://10.10.0.11/");
    expect((await panel.as("admin")({ func: "ipmiredirect", elid: "10" })).error.$object).toBe(
      "ipmi",
    );
  });
});

describe("equipment and settings", () => {
  it("lists switches and PDUs and turns their ports off and on", async () => {
    const panel = testPanel();
    const admin = panel.as("admin");
    expect(column(await admin({ func: "switch" }), "name")).toEqual(["sw-r01", "sw-r02"]);
    const outlets = await admin({ func: "pdu.port", elid: "3", p_cnt: "3" });
    expect(column(outlets, "serverhname")).toEqual([
      "web1.acme.example",
      "db1.acme.example",
      "free.ds",
    ]);
    await admin({ func: "pdu.off", elid: rows(outlets)[0].id.$ });
    expect(rows(await admin({ func: "pdu.port", elid: "3", p_cnt: "1" }))[0].port_off).toEqual({});
    await admin({ func: "switch.port.off", elid: "1, 2" });
    expect(
      rows(await admin({ func: "switch.port", elid: "1", p_cnt: "2" })).every(
        (row) => row.port_off,
      ),
    ).toBe(true);
    expect((await admin({ func: "switch.port.on", elid: "97" })).error.$type).toBe("missed");
  });

  it.each(["rack", "location", "osmgr", "chassistempl"])(
    "lists %s for the operator only",
    async (func) => {
      const panel = testPanel();
      expect(rows(await panel.as("admin")({ func })).length).toBeGreaterThan(0);
      expect((await panel.as("acme")({ func })).error.$type).toBe("access");
    },
  );
});

describe("users and keys", () => {
  it("creates a user through the form with validators and returns the id", async () => {
    const admin = testPanel().as("admin");
    expect(
      (
        await admin({
          func: "user.edit",
          name: "9lives",
          passwd: "secret1",
          confirm: "secret1",
          level: "16",
          sok: "ok",
        })
      ).error.$object,
    ).toBe("name");
    expect(
      (
        await admin({
          func: "user.edit",
          name: "hooli",
          passwd: "short",
          confirm: "short",
          level: "16",
          sok: "ok",
        })
      ).error.$object,
    ).toBe("passwd");
    expect(
      (
        await admin({
          func: "user.edit",
          name: "hooli",
          passwd: "secret1",
          confirm: "secret1",
          level: "16",
          email: "nope",
          sok: "ok",
        })
      ).error.$object,
    ).toBe("email");
    const created = await admin({
      func: "user.edit",
      name: "hooli",
      passwd: "secret1",
      confirm: "secret1",
      level: "lvUser",
      sok: "ok",
    });
    expect(created.id.$).toBe("5");
    expect(
      (
        await admin({
          func: "user.edit",
          name: "hooli",
          passwd: "secret1",
          confirm: "secret1",
          level: "16",
          sok: "ok",
        })
      ).error.$type,
    ).toBe("exists");
  });

  it("refuses to delete a user who owns servers, or yourself", async () => {
    const admin = testPanel().as("admin");
    expect((await admin({ func: "user.delete", elid: "2" })).error.msg.$).toContain("owns servers");
    expect((await admin({ func: "user.delete", elid: "1" })).error.$object).toBe("elid");
  });

  it("ends the sessions of a user it disables", async () => {
    const panel = testPanel();
    const sid = (await panel.call({ func: "auth", username: "globex", password: "globex" })).auth
      .$id;
    await panel.as("admin")({ func: "user.disable", elid: "3" });
    expect((await panel.call({ func: "whoami", auth: sid })).error.$type).toBe("access");
    expect(
      (await panel.call({ func: "auth", username: "globex", password: "globex" })).error.$object,
    ).toBe("disabled");
  });

  it("keeps each customer's SSH keys to themselves", async () => {
    const panel = testPanel();
    expect(column(await panel.as("acme")({ func: "sshpubkey" }), "name")).toEqual(["deploy"]);
    expect(column(await panel.as("admin")({ func: "sshpubkey" }), "name")).toEqual([
      "noc-laptop",
      "deploy",
    ]);
    expect(
      (await panel.as("acme")({ func: "sshpubkey.edit", name: "x", key: "not a key", sok: "ok" }))
        .error.$object,
    ).toBe("key");
    expect((await panel.as("acme")({ func: "sshpubkey.delete", elid: "1" })).error.$type).toBe(
      "missed",
    );
  });
});

describe("monitoring", () => {
  it("lists sessions and ends one", async () => {
    const panel = testPanel();
    const sid = (await panel.call({ func: "auth", username: "acme", password: "acme" })).auth.$id;
    const sessions = await panel.as("admin")({ func: "session" });
    expect(column(sessions, "username")).toEqual(["acme"]);
    await panel.as("admin")({ func: "session.delete", elid: sid });
    expect((await panel.call({ func: "whoami", auth: sid })).error.$type).toBe("access");
  });

  it("logs every change in the journal, without secrets", async () => {
    const panel = testPanel();
    await panel.as("admin")({ func: "server.poweroff", elid: "1" });
    await panel.as("admin")({
      func: "user.edit",
      name: "hooli",
      passwd: "secret1",
      confirm: "secret1",
      level: "16",
      sok: "ok",
    });
    await panel.as("admin")({ func: "server.poweroff", elid: "999" });
    const journal = await panel.as("admin")({ func: "journal" });
    expect(column(journal, "func")).toEqual(["user.edit", "server.poweroff"]);
    expect(JSON.stringify(journal)).not.toContain("secret1");
  });
});

describe("reports, dashboard, notifications and validators", () => {
  it("builds the traffic report for a period with raw values for totals", async () => {
    const panel = testPanel();
    const month = await panel.as("acme")({ func: "traffic" });
    expect(month.metadata.$type).toBe("report");
    expect(month.period.$).toBe("currentmonth");
    const band = month.reportdata.traff.elem;
    expect(band).toHaveLength(3);
    expect(Number(band[0].rx.$orig)).toBeGreaterThan(0);
    const day = await panel.as("acme")({ func: "traffic", period: "currentday", sok: "ok" });
    expect(Number(day.reportdata.traff.elem[0].rx.$orig) * 28).toBe(Number(band[0].rx.$orig));
    expect(
      (await panel.as("acme")({ func: "traffic", period: "forever", sok: "ok" })).error.$object,
    ).toBe("period");
  });

  it("describes the dashboard blocks and the notification badges", async () => {
    const panel = testPanel();
    const dashboard = await panel.as("admin")({ func: "dashboard" });
    expect(
      dashboard.block.map((block: any) => [block.$name, block.$type, block.$position]),
    ).toEqual([
      ["links", "toolbar", "top"],
      ["server", "list", "left"],
      ["traffic", "report", "right"],
      ["sessions", "url", "right"],
    ]);
    expect(dashboard.block[3].$func).toBe("/dcimgr?func=session&out=print&lang=en");
    const notify = await panel.as("admin")({ func: "notify" });
    expect(notify.timeout.$).toBe("60");
    expect(notify.notify.item.map((item: any) => [item.$name, item.msg.$])).toEqual([
      ["problems", "3"],
      ["operations", "2"],
    ]);
  });

  it.each([
    ["int", "42", "1,100", "42"],
    ["ip", "2001:DB8::1", "", "2001:db8::1"],
    ["email", " ops@acme.example ", "", "ops@acme.example"],
    ["hostname", "Web1.Example.COM", "", "web1.example.com"],
  ])("check.%s answers the normalised value", async (name, value, args, expected) => {
    const doc = await testPanel().as("admin")({
      func: `check.${name}`,
      value,
      args,
      name: "field",
    });
    expect(doc.value.$).toBe(expected);
  });

  it.each([
    ["int", "4.5", "", /whole number/],
    ["int", "500", "1,100", /from 1 to 100/],
    ["ip", "300.1.1.1", "", /IPv4 or IPv6/],
    ["email", "nobody", "", /email/],
    ["hostname", "-bad-.example", "", /domain name/],
  ])("check.%s refuses %s with a message on the field", async (name, value, args, message) => {
    const doc = await testPanel().as("admin")({
      func: `check.${name}`,
      value,
      args,
      name: "limit",
    });
    expect(doc.error).toMatchObject({ $type: "value", $object: "limit" });
    expect(doc.error.msg.$).toMatch(message);
  });
});

describe("key login and su", () => {
  it("signs a customer in once with a key made by the operator", async () => {
    const panel = testPanel();
    const key = "0123456789abcdefKEY";
    expect(
      (await panel.as("acme")({ func: "session.newkey", username: "acme", key })).error.$type,
    ).toBe("access");
    expect(
      (await panel.as("admin")({ func: "session.newkey", username: "acme", key: "short" })).error,
    ).toMatchObject({ $type: "value", $object: "key" });
    expect((await panel.as("admin")({ func: "session.newkey", username: "acme", key })).ok).toEqual(
      {},
    );
    const auth = await panel.call(
      { func: "auth", username: "acme", key, checkcookie: "no" },
      "198.51.100.20",
    );
    expect(auth.auth.$level).toBe("16");
    expect(JSON.stringify(auth)).not.toContain(key);
    expect((await panel.call({ func: "auth", username: "acme", key })).error.$type).toBe("auth");
  });

  it("lets a key expire", async () => {
    const panel = testPanel({ config: { oneTimeKeyTtlSec: 60 } });
    await panel.as("admin")({
      func: "session.newkey",
      username: "globex",
      key: "globex-key-0123456789",
    });
    panel.tick(61_000);
    expect(
      (await panel.call({ func: "auth", username: "globex", key: "globex-key-0123456789" })).error
        .$type,
    ).toBe("auth");
  });

  it("lets the operator act as a customer and nobody else act as anyone", async () => {
    const panel = testPanel();
    expect(rows(await panel.as("admin")({ func: "server", su: "acme" }))).toHaveLength(3);
    expect((await panel.as("admin")({ func: "whoami", su: "acme" })).user.$su).toBe("admin");
    expect((await panel.as("acme")({ func: "server", su: "globex" })).error.$type).toBe("access");
    expect((await panel.as("admin")({ func: "server", su: "nobody" })).error.$type).toBe("missed");
  });

  it("answers as the customer under su, exactly as the customer sees it", async () => {
    const panel = testPanel();
    const withoutTparams = (doc: Record<string, unknown>) => ({ ...doc, tparams: undefined });
    for (const func of ["server", "desktop", "dashboard", "sshpubkey"]) {
      const acting = await panel.as("admin")({ func, su: "acme" });
      const own = await panel.as("acme")({ func });
      expect(acting.error, func).toBeUndefined();
      expect(withoutTparams(acting), func).toEqual(withoutTparams(own));
    }
    const whoami = await panel.as("admin")({ func: "whoami", su: "acme" });
    expect(whoami.user).toMatchObject({ $: "acme", $name: "acme", $level: "16", $su: "admin" });
    expect((await panel.as("admin")({ func: "user", su: "acme" })).error.$type).toBe("access");
  });

  it("refuses su onto a disabled account, naming it", async () => {
    const doc = await testPanel().as("admin")({ func: "server", su: "initech" });
    expect(doc.error).toMatchObject({ $type: "value", $object: "su" });
    expect(doc.error.msg.$).toContain("initech");
  });

  it("journals who acted as whom", async () => {
    const panel = testPanel();
    const own = rows(await panel.as("acme")({ func: "server" }))[0].id.$ as string;
    await panel.as("admin")({ func: "server.reboot", elid: own, sok: "ok", su: "acme" });
    await panel.as("admin")({ func: "server.poweroff", elid: "1", sok: "ok" });
    const journal = await panel.as("admin")({ func: "journal" });
    expect(journal.metadata.coldata.col.map((col: any) => col.$name)).toContain("asuser");
    expect(journal.messages.msg.asuser).toBe("As user");
    expect(rows(journal).map((row) => [row.func.$, row.user.$, row.asuser?.$ ?? ""])).toEqual([
      ["server.poweroff", "admin", ""],
      ["server.reboot", "admin", "acme"],
    ]);
    const ru = await panel.as("admin")({ func: "journal", lang: "ru" });
    expect(ru.messages.msg.asuser).toBe("От имени");
  });
});

describe("log in as a user (user.su)", () => {
  const buttonsOf = (doc: any) =>
    doc.metadata.toolbar.toolgrp.flatMap((group: any) => group.toolbtn);

  it("offers a one-row action on users the operator may act as", async () => {
    const doc = await testPanel().as("admin")({ func: "user" });
    const su = buttonsOf(doc).find((button: any) => button.$name === "su");
    expect(su).toMatchObject({ $func: "user.su", $type: "action" });
    expect(su.hide).toEqual([{ $name: "can_su", $value: "no" }]);
    expect(doc.messages.msg.short_su).toBe("Log in as user");
    expect(rows(doc).map((row) => [row.name.$, row.can_su.$])).toEqual([
      ["admin", "no"],
      ["acme", "yes"],
      ["globex", "yes"],
      ["initech", "no"],
    ]);
    const ru = await testPanel().as("admin")({ func: "user", lang: "ru" });
    expect(ru.messages.msg.short_su).toBe("Войти как пользователь");
  });

  it("answers the follow-up that makes the console act as the user, and journals it", async () => {
    const panel = testPanel();
    const admin = panel.as("admin");
    const acme = rows(await admin({ func: "user" })).find((row) => row.name.$ === "acme");
    const before = JSON.parse(panel.snapshot());
    const doc = await admin({ func: "user.su", elid: acme.id.$, sok: "ok" });
    expect(doc.ok.$).toBe("func=desktop&su=acme");
    expect((await admin({ func: "user.su", elid: "globex", sok: "ok" })).ok.$).toBe(
      "func=desktop&su=globex",
    );
    const after = JSON.parse(panel.snapshot());
    expect({ ...after, journal: [], nextId: {} }).toEqual({ ...before, journal: [], nextId: {} });
    const journal = await admin({ func: "journal" });
    expect(rows(journal).map((row) => [row.func.$, row.user.$, row.params.$])).toEqual([
      ["user.su", "admin", "elid=globex&sok=ok"],
      ["user.su", "admin", `elid=${acme.id.$}&sok=ok`],
    ]);
  });

  it("refuses customers, acting operators, equals and disabled or unknown users", async () => {
    const panel = testPanel();
    const before = panel.snapshot();
    const refusal = async (caller: string, params: Record<string, string>) =>
      (await panel.as(caller)({ func: "user.su", sok: "ok", ...params })).error;
    expect((await refusal("acme", { elid: "globex" })).$type).toBe("access");
    expect((await refusal("admin", { elid: "globex", su: "acme" })).$type).toBe("access");
    expect(await refusal("admin", { elid: "admin" })).toMatchObject({
      $type: "access",
      $object: "su",
    });
    expect(await refusal("admin", { elid: "nobody" })).toMatchObject({
      $type: "missed",
      $object: "user",
    });
    const disabled = await refusal("admin", { elid: "initech" });
    expect(disabled).toMatchObject({ $type: "value", $object: "elid" });
    expect(disabled.msg.$).toContain("initech");
    expect((await refusal("admin", { elid: "acme, globex" })).$type).toBe("value");
    expect((await refusal("admin", {})).$type).toBe("missed");
    expect(panel.snapshot()).toBe(before);
  });
});
