// @vitest-environment node
import { describe, expect, it } from "vitest";

import { column, rows, testPanel, type Doc } from "../../testing/emulator-client";

const fields = (doc: Doc): any[] => doc.metadata.form.page.flatMap((page: any) => page.field);
const visible = (doc: Doc) =>
  fields(doc)
    .filter((field) => field.input?.[0]?.$type !== "hidden")
    .map((field) => field.$name);
const hidden = (doc: Doc) =>
  Object.fromEntries(
    fields(doc)
      .filter((field) => field.input?.[0]?.$type === "hidden")
      .map((field) => [field.$name, doc[field.$name]?.$ ?? ""]),
  );
const buttons = (doc: Doc) =>
  doc.metadata.form.buttons.button.map((button: any) => [button.$name, button.$type]);

/** The values a client sends back: every field of the form, as it holds them. */
function valuesOf(doc: Doc): Record<string, string> {
  return Object.fromEntries(
    fields(doc)
      .filter((field) => field.input || field.select)
      .map((field) => [field.$name, doc[field.$name]?.$ ?? ""]),
  );
}

describe("server.add: the three-step wizard", () => {
  it("is a toolbar button of the operator's server list only", async () => {
    const panel = testPanel();
    const list = await panel.as("admin")({ func: "server" });
    const add = list.metadata.toolbar.toolgrp[0].toolbtn[1];
    expect(add).toEqual({ $name: "add", $func: "server.add", $type: "new", $img: "t-wizard" });
    expect(list.messages.msg.short_add).toBe("Add step by step");
    const customer = await panel.as("acme")({ func: "server" });
    expect(JSON.stringify(customer.metadata.toolbar)).not.toContain("server.add");
    expect((await panel.as("acme")({ func: "server.add" })).error.$type).toBe("access");
  });

  it("walks forward and back keeping the values, and creates the server once", async () => {
    const panel = testPanel();
    const admin = panel.as("admin");
    const step1 = await admin({ func: "server.add" });
    expect(step1.metadata.$name).toBe("server.add");
    expect(step1.messages.msg.title).toBe("Add a server: 1 of 3, placement");
    expect(visible(step1)).toEqual(["intro_1", "name", "chassis_templ", "rack"]);
    expect(hidden(step1).step).toBe("1");
    expect(buttons(step1)).toEqual([
      ["next", "next"],
      ["cancel", "cancel"],
    ]);
    expect(fields(step1)[3].select[0].$setvalues).toBe("final");

    // setvalues on the rack suggests a name.
    const suggested = await admin({
      ...valuesOf(step1),
      func: "server.add",
      sv_field: "rack",
      rack: "R03",
      name: "",
    });
    expect(suggested.name.$).toBe("S-R03-01");
    expect(suggested.step.$).toBe("1");

    const step2 = await admin({
      ...valuesOf(suggested),
      func: "server.add",
      sok: "ok",
      snext: "ok",
      clicked_button: "next",
    });
    expect(step2.messages.msg.title).toBe("Add a server: 2 of 3, network");
    expect(visible(step2)).toEqual(["intro_2", "ippool", "ip", "mac", "hostname"]);
    expect(hidden(step2)).toMatchObject({ step: "2", name: "S-R03-01", rack: "R03" });
    expect(step2.ip.$).toBe("203.0.113.2");
    expect(buttons(step2)).toEqual([
      ["back", "back"],
      ["next", "next"],
      ["cancel", "cancel"],
    ]);
    expect(fields(step2)[1].select[0].$setvalues).toBe("blocking");
    const pool = await admin({
      ...valuesOf(step2),
      func: "server.add",
      sv_field: "ippool",
      ippool: "free",
    });
    expect(pool.ip.$).toBe("10.20.0.2");

    // Back from step 2 with what was typed there: step 1 with its values.
    const back = await admin({
      ...valuesOf(pool),
      mac: "0C:C4:7A:00:00:01",
      func: "server.add",
      sok: "ok",
      sback: "ok",
      clicked_button: "back",
    });
    expect(back.step.$).toBe("1");
    expect(back.name.$).toBe("S-R03-01");
    expect(hidden(back)).toMatchObject({
      ip: "10.20.0.2",
      ippool: "free",
      mac: "0C:C4:7A:00:00:01",
    });

    const again2 = await admin({ ...valuesOf(back), func: "server.add", sok: "ok", snext: "ok" });
    expect(again2.ip.$).toBe("10.20.0.2");
    expect(again2.mac.$).toBe("0C:C4:7A:00:00:01");
    const step3 = await admin({ ...valuesOf(again2), func: "server.add", sok: "ok", snext: "ok" });
    expect(visible(step3)).toEqual([
      "intro_3",
      "summary",
      "owner",
      "ostemplate",
      "passwd",
      "confirm",
    ]);
    expect(step3.summary.$).toBe("S-R03-01, R03, 10.20.0.2");
    // The MAC was normalised by step 2's check.
    expect(hidden(step3).mac).toBe("0c:c4:7a:00:00:01");
    expect(buttons(step3)).toEqual([
      ["back", "back"],
      ["ok", "ok"],
      ["cancel", "cancel"],
    ]);
    const os = step3.slist.find((list: any) => list.$name === "ostemplate").val;
    expect(os[0]).toEqual({ $key: "none", $: "Do not install" });
    expect(os[1].$image).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(fields(step3)[3].select[0].if).toEqual([
      { $value: "none", $hide: "passwd" },
      { $value: "none", $hide: "confirm" },
    ]);
    expect(JSON.stringify(step3)).not.toContain('passwd":{"$');

    const created = await admin({
      ...valuesOf(step3),
      func: "server.add",
      ostemplate: "ISPsystem__Debian-10-amd64",
      passwd: "s3cret-pw",
      confirm: "s3cret-pw",
      owner: "acme",
      sok: "ok",
      clicked_button: "ok",
    });
    expect(created.id.$).toBe("11");
    expect(created.ok.$).toBe("func=server.edit&elid=11");
    const server = panel.emulator.state.servers.find((candidate) => candidate.id === 11);
    expect(server).toMatchObject({
      name: "S-R03-01",
      rack: "R03",
      ip: "10.20.0.2",
      mac: "0c:c4:7a:00:00:01",
      owner: "acme",
      operation: { kind: "install", template: "ISPsystem__Debian-10-amd64" },
    });
    expect(panel.emulator.state.ips.some((ip) => ip.ip === "10.20.0.2" && ip.serverId === 11)).toBe(
      true,
    );
    const journal = await admin({ func: "journal" });
    expect(column(journal, "func")).toEqual(["server.add"]);
    expect(JSON.stringify(journal)).not.toContain("s3cret-pw");
  });

  it("re-opens a step by URL with the values in it", async () => {
    const doc = await testPanel().as("admin")({
      func: "server.add",
      step: "3",
      name: "S-R02-09",
      rack: "R02",
      ip: "203.0.113.99",
    });
    expect(doc.step.$).toBe("3");
    expect(doc.summary.$).toBe("S-R02-09, R02, 203.0.113.99");
    expect((await testPanel().as("admin")({ func: "server.add", step: "4" })).error).toMatchObject({
      $type: "value",
      $object: "step",
    });
  });

  it("checks the step on next, and every step again on the last ok", async () => {
    const panel = testPanel();
    const admin = panel.as("admin");
    const taken = await admin({
      func: "server.add",
      step: "1",
      name: "S-R01-01",
      chassis_templ: "SM-E3-1230v6-32G-2x480SSD",
      rack: "R01",
      sok: "ok",
      snext: "ok",
    });
    expect(taken.error).toMatchObject({ $type: "exists", $object: "server" });
    const badIp = await admin({
      func: "server.add",
      step: "2",
      name: "S-R03-01",
      ippool: "public",
      ip: "203.0.113.10",
      hostname: "free.ds",
      sok: "ok",
      snext: "ok",
    });
    expect(badIp.error).toMatchObject({ $type: "value", $object: "ip" });
    const before = panel.snapshot();
    const forged = await admin({
      func: "server.add",
      step: "3",
      name: "",
      rack: "R03",
      ippool: "public",
      ip: "203.0.113.77",
      hostname: "free.ds",
      ostemplate: "none",
      sok: "ok",
    });
    expect(forged.error).toMatchObject({ $type: "value", $object: "name" });
    const mismatch = await admin({
      func: "server.add",
      step: "3",
      name: "S-R03-01",
      chassis_templ: "SM-E3-1230v6-32G-2x480SSD",
      rack: "R03",
      ippool: "public",
      ip: "203.0.113.77",
      hostname: "free.ds",
      ostemplate: "ISPsystem__CentOS-7-amd64",
      passwd: "secret1",
      confirm: "secret2",
      sok: "ok",
    });
    expect(mismatch.error).toMatchObject({ $type: "value", $object: "confirm" });
    expect(panel.snapshot()).toBe(before);
    // Without an OS the passwords are hidden, so not required.
    const plain = await admin({
      func: "server.add",
      step: "3",
      name: "S-R03-01",
      chassis_templ: "SM-E3-1230v6-32G-2x480SSD",
      rack: "R03",
      ippool: "public",
      ip: "203.0.113.77",
      hostname: "free.ds",
      ostemplate: "none",
      sok: "ok",
    });
    expect(plain.ok.$).toBe("func=server.edit&elid=11");
  });
});

describe("group edit", () => {
  it("opens one form for several servers with only the group fields and shared values", async () => {
    const doc = await testPanel().as("admin")({ func: "server.edit", elid: "1, 2" });
    expect(fields(doc).map((field) => field.$name)).toEqual(["selected", "owner", "notes", "rack"]);
    expect(doc.elid.$).toBe("1, 2");
    expect(doc.selected.$).toBe("S-R01-01, S-R01-02");
    // The owner select is keyed by user id (billing modules send ids): acme is user 2.
    expect(doc.owner.$).toBe("2");
    expect(doc.rack.$).toBe("R01");
    // Nothing is required: an empty field keeps each server's value.
    expect(JSON.stringify(doc.metadata)).not.toContain("required");
    const owner = doc.slist.find((list: any) => list.$name === "owner").val;
    expect(owner[0]).toEqual({ $key: "", $: "(keep each one's value)" });
    expect(owner).toContainEqual({ $key: "2", $: "acme" });
    const mixed = await testPanel().as("admin")({ func: "server.edit", elid: "1, 5" });
    expect(mixed.owner).toEqual({});
  });

  it("changes the sent fields on every server, after checking every key", async () => {
    const panel = testPanel();
    const admin = panel.as("admin");
    const before = panel.snapshot();
    const missing = await admin({
      func: "server.edit",
      elid: "1, 999",
      owner: "globex",
      sok: "ok",
    });
    expect(missing.error).toMatchObject({ $type: "missed", $object: "server" });
    expect(panel.snapshot()).toBe(before);
    const saved = await admin({
      func: "server.edit",
      elid: "3, 4",
      owner: "globex",
      rack: "",
      notes: "reserved for globex",
      name: "ignored in a group",
      sok: "ok",
    });
    expect(saved.ok).toEqual({});
    const servers = panel.emulator.state.servers.filter((server) => [3, 4].includes(server.id));
    expect(servers.map((server) => [server.name, server.owner, server.rack, server.notes])).toEqual(
      [
        ["S-R01-03", "globex", "R01", "reserved for globex"],
        ["S-R01-04", "globex", "R01", "reserved for globex"],
      ],
    );
    expect(column(await admin({ func: "journal" }), "func")).toEqual(["server.edit"]);
  });

  it("changes the domain of several addresses of a server", async () => {
    const panel = testPanel();
    const acme = panel.as("acme");
    const ids = rows(await acme({ func: "iplist", elid: "1" })).map((row) => row.id.$);
    const list = await acme({ func: "iplist", elid: "1" });
    const edit = list.metadata.toolbar.toolgrp[0].toolbtn.find(
      (button: any) => button.$name === "edit",
    );
    expect(edit.$nogroupedit).toBeUndefined();
    const form = await acme({ func: "iplist.edit", plid: "1", elid: ids.slice(1).join(", ") });
    expect(fields(form).map((field) => field.$name)).toEqual(["selected", "domain"]);
    expect(form.selected.$).toBe("203.0.113.30, 2001:db8:10::10");
    expect(form.domain).toEqual({});
    expect(
      (
        await acme({
          func: "iplist.edit",
          plid: "1",
          elid: ids.slice(1).join(", "),
          domain: "Shop.Acme.Example",
          sok: "ok",
        })
      ).ok,
    ).toEqual({});
    expect(column(await acme({ func: "iplist", elid: "1" }), "domain")).toEqual([
      "web1.acme.example",
      "shop.acme.example",
      "shop.acme.example",
    ]);
    expect(
      (
        await acme({
          func: "iplist.edit",
          plid: "1",
          elid: `${ids[0]}, 999`,
          domain: "x.example",
          sok: "ok",
        })
      ).error.$type,
    ).toBe("missed");
  });
});
