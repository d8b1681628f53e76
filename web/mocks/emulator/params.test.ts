// @vitest-environment node
import { describe, expect, it } from "vitest";

import { readParams } from "./params";

describe("multipart bodies", () => {
  it("are read with a mixed-case boundary, as browsers send them", async () => {
    const boundary = "----WebKitFormBoundaryAbCdEf012345";
    const body = [
      `--${boundary}`,
      'Content-Disposition: form-data; name="func"',
      "",
      "sshpubkey.edit",
      `--${boundary}`,
      'Content-Disposition: form-data; name="keyfile"; filename="id_ed25519.pub"',
      "Content-Type: text/plain",
      "",
      "ssh-ed25519 AAAA laptop",
      `--${boundary}--`,
      "",
    ].join("\r\n");
    const request = new Request("http://panel.test/dcimgr", {
      method: "POST",
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
      body,
    });
    const params = await readParams(request);
    expect(params.func).toBe("sshpubkey.edit");
    expect(params.keyfile).toBe("id_ed25519.pub");
  });
});
