// @vitest-environment node
import { describe, expect, it } from "vitest";

import { column, testPanel, type Doc } from "../../testing/emulator-client";

const publicKey =
  "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl laptop@acme";

async function upload(
  panel: ReturnType<typeof testPanel>,
  fields: Record<string, string>,
  file?: { name: string; content: string },
): Promise<Doc> {
  const form = new FormData();
  form.set("out", "json");
  form.set("authinfo", "acme:acme");
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  // An empty file input still sends a part without a name: the emulator ignores it.
  form.set("keyfile", file ? new File([file.content], file.name) : new File([], ""));
  const response = await panel.emulator.handle(
    new Request("http://panel.test/dcimgr", { method: "POST", body: form }),
    "192.0.2.10",
  );
  return ((await response.json()) as { doc: Doc }).doc;
}

describe("sshpubkey.edit with a key file", () => {
  it("has a file input and a key that is no longer required", async () => {
    const doc = await testPanel().as("acme")({ func: "sshpubkey.edit" });
    const fields = doc.metadata.form.page[0].field;
    expect(fields.map((field: any) => field.$name)).toEqual(["name", "key", "keyfile"]);
    expect(fields[2].input).toEqual([{ $name: "keyfile", $type: "file" }]);
    expect(fields[1].textarea[0].$required).toBeUndefined();
    expect(doc.messages.msg.keyfile).toBe("Key file");
  });

  it("fills an empty key from the uploaded file, read as text", async () => {
    const panel = testPanel();
    const saved = await upload(
      panel,
      { func: "sshpubkey.edit", sok: "ok", name: "laptop", key: "" },
      { name: "id_ed25519.pub", content: `${publicKey}\n` },
    );
    expect(saved.ok).toEqual({});
    expect(panel.emulator.state.sshKeys.at(-1)).toMatchObject({
      owner: "acme",
      name: "laptop",
      key: publicKey,
    });
    expect(column(await panel.as("acme")({ func: "sshpubkey" }), "name")).toEqual([
      "deploy",
      "laptop",
    ]);
    // The journal and tparams carry the file's name, never its content.
    const journal = await panel.as("admin")({ func: "journal" });
    expect(journal.elem.params.$).toContain("keyfile=id_ed25519.pub");
    expect(journal.elem.params.$).not.toContain("AAAAC3");
  });

  it("prefers a pasted key to the file", async () => {
    const panel = testPanel();
    const pasted = publicKey.replace("laptop@acme", "pasted");
    await upload(
      panel,
      { func: "sshpubkey.edit", sok: "ok", name: "both", key: pasted },
      { name: "other.pub", content: "not a key" },
    );
    expect(panel.emulator.state.sshKeys.at(-1)?.key).toBe(pasted);
  });

  it("answers a value error on the file field for a file that is not a key, saving nothing", async () => {
    const panel = testPanel();
    const before = panel.snapshot();
    const doc = await upload(
      panel,
      { func: "sshpubkey.edit", sok: "ok", name: "oops", key: "" },
      {
        name: "id_ed25519",
        content: "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjE=\n",
      },
    );
    expect(doc.error).toMatchObject({ $type: "value", $object: "keyfile" });
    expect(doc.error.msg.$).toContain("id_ed25519");
    expect(panel.snapshot()).toBe(before);
    const none = await upload(panel, { func: "sshpubkey.edit", sok: "ok", name: "none", key: "" });
    expect(none.error).toMatchObject({ $type: "value", $object: "key" });
  });

  it("replaces an existing key's material from a file when the key is left empty", async () => {
    const panel = testPanel();
    const doc = await upload(
      panel,
      { func: "sshpubkey.edit", elid: "2", sok: "ok", key: "" },
      { name: "new.pub", content: publicKey },
    );
    expect(doc.ok).toEqual({});
    expect(panel.emulator.state.sshKeys.find((key) => key.id === 2)).toMatchObject({
      name: "deploy",
      key: publicKey,
    });
  });
});
