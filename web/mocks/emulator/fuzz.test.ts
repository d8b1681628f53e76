// @vitest-environment node
import { describe, expect, it } from "vitest";

import { createEmulator } from "./core";
import { functions } from "./functions/index";

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  return {
    next,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}

const names = [...functions.keys(), "nosuch", "", "server.edit.x", "../etc", "check.nothing"];
const paramNames = [
  "elid",
  "plid",
  "sok",
  "name",
  "hostname",
  "ip",
  "owner",
  "level",
  "passwd",
  "confirm",
  "p_num",
  "p_cnt",
  "p_col",
  "su",
  "period",
  "operation",
  "ostemplate",
  "key",
  "username",
  "password",
  "drop",
  "value",
  "args",
  "sv_field",
  "lang",
  "progressid",
  "step",
  "snext",
  "sback",
  "clicked_button",
  "page",
  "collapse",
  "action",
  "periodstart",
  "periodend",
  "subject",
  "message",
  "server",
  "close",
  "ntp_servers",
  "reset_defaults",
  "captcha",
  "domain",
  "notify_events",
  "default_rack",
];
const values = [
  "",
  "1",
  "2, 3",
  "999",
  "-1",
  "ok",
  "on",
  "admin",
  "acme",
  "0",
  "+name",
  "-ip",
  "%",
  "😀",
  "<b>x</b>",
  "' OR 1=1",
  "a".repeat(5000),
  "1,2,3",
  "ISPsystem__CentOS-7-amd64",
  "lvUser",
  "10.0.0.1",
  "currentmonth",
  "diag",
  "other",
  "3",
  "next",
  "apply",
  "help",
  "dcisettings",
  "main",
  "2026-13-01",
  "2026-05-01",
  "a.example\nnot a host",
  "R02",
];
const outs = [
  "xml",
  "json",
  "xjson",
  "sjson",
  "JSONdata",
  "text",
  "csv",
  "print",
  "devel",
  "bogus",
];
const callers = [
  "authinfo=admin:admin",
  "authinfo=acme:acme",
  "authinfo=admin:wrong",
  "auth=deadbeef",
  "",
];

describe("a randomized run of requests", () => {
  it("always answers 200 with a readable document and never changes state on an error", async () => {
    const emulator = createEmulator({
      now: () => 1_780_000_000_000,
      config: { maxFailedLogins: 1_000_000 },
    });
    const rng = random(20261128);
    for (let index = 0; index < 3000; index += 1) {
      const params = new URLSearchParams();
      params.set("func", rng.pick(names));
      const out = rng.pick(outs);
      params.set("out", out);
      for (let count = Math.floor(rng.next() * 5); count > 0; count -= 1)
        params.set(rng.pick(paramNames), rng.pick(values));
      const caller = rng.pick(callers);
      const query = `${caller}&${params.toString()}`;
      const before = JSON.stringify(emulator.state);
      const response = await emulator.handle(
        new Request(`http://panel.test/dcimgr?${query}`, {
          method: rng.next() < 0.5 ? "GET" : "POST",
        }),
        "192.0.2.1",
      );
      expect(response.status, query).toBe(200);
      const body = await response.text();
      const isError = out === "bogus" || /"error":\{|<error |^ERROR /m.test(body);
      if (["json", "xjson", "sjson", "JSONdata"].includes(out))
        expect(() => JSON.parse(body), query).not.toThrow();
      if (isError) expect(JSON.stringify(emulator.state), query).toBe(before);
    }
  }, 60_000);
});
