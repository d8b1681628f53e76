// @vitest-environment node
import { describe, expect, it } from "vitest";

import { column, rows, testPanel, type Doc } from "../../testing/emulator-client";

type Panel = ReturnType<typeof testPanel>;

/** A multipart POST, as a browser sends a form with file inputs (mgr5-protocol.md §6.10). */
async function multipart(
  panel: Panel,
  user: string,
  fields: Record<string, string>,
  files: {
    field: string;
    name: string;
    type: string;
    content: string | Uint8Array<ArrayBuffer>;
  }[] = [],
): Promise<Doc> {
  const form = new FormData();
  form.set("out", "json");
  form.set("authinfo", `${user}:${user}`);
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  for (const file of files)
    form.append(file.field, new File([file.content], file.name, { type: file.type }));
  const response = await panel.emulator.handle(
    new Request("http://panel.test/dcimgr", { method: "POST", body: form }),
    "192.0.2.10",
  );
  return ((await response.json()) as { doc: Doc }).doc;
}

const fieldNames = (doc: Doc) =>
  doc.metadata.form.page.flatMap((page: any) => page.field.map((field: any) => field.$name));

describe("support tickets", () => {
  it("lists a customer's own tickets and every ticket for the operator", async () => {
    const panel = testPanel();
    expect(column(await panel.as("acme")({ func: "ticket" }), "subject")).toEqual([
      "web1 reboots at night",
    ]);
    expect(column(await panel.as("globex")({ func: "ticket" }), "status")).toEqual([
      "status_closed",
    ]);
    const all = await panel.as("admin")({ func: "ticket" });
    expect(column(all, "owner")).toEqual(["globex", "acme"]);
    expect(column(all, "posts")).toEqual(["2", "3"]);
    expect(all.metadata.coldata.col.find((col: any) => col.$name === "status").$type).toBe("msg");
    expect(all.messages.msg.status_open).toBe("Waiting for support");
    expect((await panel.as("globex")({ func: "ticket.edit", elid: "1" })).error.$type).toBe(
      "missed",
    );
  });

  it("shows the thread as a ticket control with incoming and outgoing messages and files", async () => {
    const doc = await testPanel().as("acme")({ func: "ticket.edit", elid: "1" });
    const thread = doc.metadata.form.page[0].field.find((field: any) => field.$name === "thread");
    expect(thread).toEqual({
      $name: "thread",
      $noname: "yes",
      $fullwidth: "yes",
      $remove_if: "new",
      ticket: [{ $name: "thread", $setvalues: "30" }],
    });
    expect(doc.mlist).toHaveLength(1);
    expect(doc.mlist[0].$name).toBe("thread");
    const [first, second, third] = doc.mlist[0].message;
    expect(first).toEqual({
      $id: "1",
      $type: "outcoming",
      user: { realname: { $: "acme" } },
      date_post: { $: "2026-05-26 18:26:40" },
      body: { $: expect.stringContaining("rebooted twice") },
      file: [{ name: { $: "uptime.txt" }, param: { $: "1" }, size: { $: "62" } }],
    });
    expect(second.$type).toBe("incoming");
    expect(second.user.realname.$).toBe("admin");
    expect(third.file).toBeUndefined();
    expect(doc.status.$).toBe("status_open");
    expect(doc.messages.msg.status_open).toBe("Waiting for support");
    // The operator sees the same thread from the other side.
    const operator = await testPanel().as("admin")({ func: "ticket.edit", elid: "1" });
    expect(operator.mlist[0].message.map((message: any) => message.$type)).toEqual([
      "incoming",
      "outcoming",
      "incoming",
    ]);
  });

  it("offers a new ticket without the thread, with a multiple file input", async () => {
    const doc = await testPanel().as("acme")({ func: "ticket.edit" });
    expect(fieldNames(doc)).toEqual(["subject", "server", "message", "attachments"]);
    expect(doc.metadata.form.page[1].field[1].input).toEqual([
      { $name: "attachments", $type: "file", $multiple: "yes" },
    ]);
    expect(doc.metadata.form.page[0].field[1].select[0].$setvalues).toBe("skipfiles");
    expect(doc.mlist).toBeUndefined();
    expect(fieldNames(await testPanel().as("admin")({ func: "ticket.edit" }))[0]).toBe("owner");
  });

  it("suggests a subject when a server is chosen (setvalues), keeping what was typed", async () => {
    const doc = await testPanel().as("acme")({
      func: "ticket.edit",
      sv_field: "server",
      server: "2",
      subject: "",
      message: "typed",
    });
    expect(doc.subject.$).toBe("Problem with S-R01-02");
    expect(doc.message.$).toBe("typed");
  });

  it("opens a ticket with attachments by multipart and answers its id", async () => {
    const panel = testPanel();
    const created = await multipart(
      panel,
      "acme",
      {
        func: "ticket.edit",
        sok: "ok",
        subject: "Disk errors",
        server: "2",
        message: "See the log",
      },
      [
        { field: "attachments", name: "smart.txt", type: "text/plain", content: "SMART: FAILING" },
        { field: "attachments", name: "dmesg.log", type: "text/plain", content: "ata1: error" },
      ],
    );
    expect(created.id.$).toBe("3");
    expect(created.ok).toEqual({});
    const doc = await panel.as("acme")({ func: "ticket.edit", elid: "3" });
    expect(doc.mlist[0].message[0].file.map((file: any) => file.name.$)).toEqual([
      "smart.txt",
      "dmesg.log",
    ]);
    // Another customer's server is not a choice.
    const foreign = await panel.as("acme")({
      func: "ticket.edit",
      sok: "ok",
      subject: "x",
      server: "5",
      message: "x",
    });
    expect(foreign.error).toMatchObject({ $type: "value", $object: "server" });
  });

  it("replies, with files, and the operator's reply makes the ticket answered", async () => {
    const panel = testPanel();
    expect(
      (
        await multipart(
          panel,
          "admin",
          { func: "ticket.edit", elid: "1", sok: "ok", message: "Moved it." },
          [{ field: "attachments", name: "move.txt", type: "text/plain", content: "outlet 7" }],
        )
      ).ok,
    ).toEqual({});
    const doc = await panel.as("acme")({ func: "ticket.edit", elid: "1" });
    const last = doc.mlist[0].message.at(-1);
    expect(last).toMatchObject({ $type: "incoming", body: { $: "Moved it." } });
    expect(doc.status.$).toBe("status_answered");
    expect(
      (await panel.as("acme")({ func: "ticket.edit", elid: "1", sok: "ok" })).error,
    ).toMatchObject({
      $type: "value",
      $object: "message",
    });
    await panel.as("acme")({ func: "ticket.edit", elid: "1", sok: "ok", close: "on" });
    expect(column(await panel.as("acme")({ func: "ticket" }), "status")).toEqual(["status_closed"]);
  });

  it("downloads an attachment of a visible ticket only", async () => {
    const panel = testPanel();
    const get = (user: string, id: string, out = "") =>
      panel.emulator.handle(
        new Request(
          `http://panel.test/dcimgr?func=ticket.file&elid=${id}&authinfo=${user}:${user}${out}`,
        ),
        "192.0.2.10",
      );
    const file = await get("acme", "2");
    expect(file.headers.get("content-disposition")).toBe(
      `attachment; filename="pdu-r01-a.log"; filename*=UTF-8''pdu-r01-a.log`,
    );
    expect(file.headers.get("content-type")).toBe("text/plain");
    expect(await file.text()).toContain("outlet 1 power lost");
    expect((await (await get("acme", "2", "&out=json")).text()).startsWith("02:58:10")).toBe(true);
    const refused = await get("globex", "2", "&out=json");
    expect(((await refused.json()) as { doc: Doc }).doc.error).toMatchObject({
      $type: "missed",
      $object: "file",
    });
  });

  it("refuses too many or too large files, and changes nothing", async () => {
    const panel = testPanel();
    const before = panel.snapshot();
    const six = Array.from({ length: 6 }, (_, index) => ({
      field: "attachments",
      name: `f${index}.txt`,
      type: "text/plain",
      content: "x",
    }));
    const many = await multipart(
      panel,
      "acme",
      { func: "ticket.edit", elid: "1", sok: "ok", message: "m" },
      six,
    );
    expect(many.error).toMatchObject({ $type: "value", $object: "attachments" });
    const large = await multipart(
      panel,
      "acme",
      { func: "ticket.edit", elid: "1", sok: "ok", message: "m" },
      [
        {
          field: "attachments",
          name: "big.bin",
          type: "application/octet-stream",
          content: new Uint8Array(300 * 1024),
        },
      ],
    );
    expect(large.error.msg.$).toContain("big.bin");
    expect(panel.snapshot()).toBe(before);
  });

  it("closes tickets as a group and lets only the operator delete them", async () => {
    const panel = testPanel();
    expect((await panel.as("acme")({ func: "ticket.close", elid: "1" })).ok).toEqual({});
    expect((await panel.as("acme")({ func: "ticket.close", elid: "1, 2" })).error.$type).toBe(
      "missed",
    );
    expect((await panel.as("acme")({ func: "ticket.delete", elid: "1" })).error.$type).toBe(
      "access",
    );
    expect((await panel.as("admin")({ func: "ticket.delete", elid: "1, 2" })).ok).toEqual({});
    expect(rows(await panel.as("admin")({ func: "ticket" }))).toEqual([]);
  });
});
