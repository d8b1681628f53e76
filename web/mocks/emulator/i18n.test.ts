// @vitest-environment node
import { describe, expect, it } from "vitest";

import { testPanel } from "../../testing/emulator-client";

/** Every page of the emulator, as the operator opens it. */
const pages: Record<string, string>[] = [
  { func: "desktop" },
  { func: "dashboard" },
  { func: "notify" },
  { func: "server" },
  { func: "server.filter" },
  { func: "server.edit", elid: "1" },
  { func: "server.edit", elid: "1, 2" },
  { func: "server.add" },
  { func: "server.add", step: "2" },
  { func: "server.add", step: "3" },
  { func: "server.operations", elid: "3" },
  { func: "server.connection", elid: "1" },
  { func: "iplist", elid: "1" },
  { func: "iplist.edit", plid: "1" },
  { func: "iplist.edit", plid: "1", elid: "1, 11" },
  { func: "switch" },
  { func: "switch.port", elid: "1" },
  { func: "pdu" },
  { func: "pdu.port", elid: "3" },
  { func: "rack" },
  { func: "location" },
  { func: "osmgr" },
  { func: "chassistempl" },
  { func: "user" },
  { func: "user.edit", elid: "2" },
  { func: "sshpubkey" },
  { func: "sshpubkey.edit" },
  { func: "session" },
  { func: "journal" },
  { func: "traffic" },
  { func: "trafficdetails", elid: "1" },
  { func: "trafficdetails", elid: "1", period: "currentweek", sok: "ok" },
  { func: "dcisettings" },
  { func: "ticket" },
  { func: "ticket.edit" },
  { func: "ticket.edit", elid: "1" },
];

describe("languages", () => {
  it.each(pages.map((params) => [new URLSearchParams(params).toString(), params] as const))(
    "%s has every text in English and Russian",
    async (_func, params) => {
      const panel = testPanel();
      const en = await panel.as("admin")({ ...params, lang: "en" });
      const ru = await panel.as("admin")({ ...params, lang: "ru" });
      expect(en.error).toBeUndefined();
      const enTexts = en.messages?.msg ?? {};
      const ruTexts = ru.messages?.msg ?? {};
      expect(Object.keys(ruTexts).sort()).toEqual(Object.keys(enTexts).sort());
      expect(ru.$lang).toBe("ru");
    },
  );

  it("writes errors in the asked language and falls back to English", async () => {
    const panel = testPanel();
    const ru = await panel.call({ func: "auth", username: "admin", password: "x", lang: "ru" });
    expect(ru.error.msg.$).toBe("Неверное имя пользователя или пароль");
    const unknown = await panel.call({
      func: "auth",
      username: "admin",
      password: "x",
      lang: "xx",
    });
    expect(unknown.error.msg.$).toBe("Invalid username or password");
  });
});
