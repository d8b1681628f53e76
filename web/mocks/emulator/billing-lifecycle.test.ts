// @vitest-environment jsdom
/**
 * A dedicated server's whole life in a billing panel, driven exactly as ISPsystem's WHMCS module
 * for DCImanager drives it: the same requests (and the parameters it does NOT send), the same
 * XPath expressions over `out=xml`. Source: github.com/460s/ispsystem_whmcs_modules @ c8d7294,
 * servers/dcimanager/ — D = dcimanager.php, F = lib/functions.php, S = lib/server.php.
 * Evidence and the list of known gaps: evidence/whmcs-dcimanager.md.
 */
import { describe, expect, it } from "vitest";

import { parseXmlReply, xpath, xpathText, xpathTexts } from "../../testing/xml-reply";
import { createEmulator } from "./core";
import { createSeedState } from "./seed";
import { nextId } from "./state";

type Params = Record<string, string>;

const panelUrl = "http://panel.test/dcimgr"; // S:66 (https://<serverip>/dcimgr; no TLS here)
const whmcsIp = "198.51.100.20";
const start = 1_780_000_000_000;

/** The WHMCS service being provisioned: its product's config options and the order. */
const service = {
  serviceid: "1042",
  username: "jsmith42", // a new DCImanager customer
  password: "Vq7rT2pLm9xe",
  configoption1: "SM-E3-1230v6-32G-2x480SSD", // package = the server type (chassis template)
  configoption2: "ISPsystem__CentOS-7-amd64", // OS, a template server type 1 allows
  recipe: "null", // D:96: configoption3 "" → "null"
  domain: "1042.domain", // D:99-101: no domain template, no domain → "@ID@.domain"
  iptype: "public", // F:134: configoption6 empty → "public"
};

// A real billing panel serves many customers: more than one default page (50) of them.
const state = createSeedState({ now: start, extraServers: 60 });
const seededUsers = state.users.length;
const seededServers = state.servers.length;
for (let index = 1; index <= 60; index += 1) {
  state.users.push({
    id: nextId(state, "user"),
    name: `customer${String(index).padStart(2, "0")}`,
    password: `secret${index}`,
    level: 16,
    disabled: false,
    email: `customer${index}@example.com`,
  });
}

let now = start;
const emulator = createEmulator({ state, now: () => now });
/** The module's `sleep()`: the emulator's clock moves, the test does not wait. */
const sleep = (seconds: number) => {
  now += seconds * 1000;
};

/** One `ApiRequest` (S:61-85): POST, form-encoded, `out=xml&func=…` then the parameters. */
async function apiRequest(params: Params): Promise<XMLDocument> {
  const func = params.func ?? "";
  const body = new URLSearchParams({ out: "xml", ...params });
  const response = await emulator.handle(
    new Request(panelUrl, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: body.toString(),
    }),
    whmcsIp,
  );
  expect(response.status, `${func}: HTTP status`).toBe(200);
  return parseXmlReply(await response.text(), func);
}

/** The module's view of the panel: admin calls (authinfo), customer calls (auth), XPath. */
const module = {
  /** AuthInfoRequest (S:32-36): authinfo appended after the parameters. */
  admin: (params: Params) => apiRequest({ ...params, authinfo: "admin:admin" }),
  /** AuthRequest (S:22-26). */
  customer: (sid: string) => (params: Params) => apiRequest({ ...params, auth: sid }),
  /** GetAuth (S:38-44): `func=auth username key`, no authinfo. */
  anonymous: (params: Params) => apiRequest(params),
  xpath,
  /** `(string)$nodes[0]`: the text of the first node, "" when none (PHP reads null as ""). */
  text: (doc: Node, expression: string) => xpathText(doc, expression) ?? "",
};

/** F:351-359: 32 characters of [0-9a-zA-Z], lower-cased. */
function randomKey(): string {
  const characters = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (byte) => characters[byte % characters.length] ?? "0")
    .join("")
    .toLowerCase();
}

/** session.newkey + GetAuth, as dci_process_client_operation does (F:256-266). */
async function customerSession(username: string): Promise<string> {
  const key = randomKey();
  expect(key).toMatch(/^[0-9a-z]{32}$/);
  // F:258, D:409: username and key only (no sok).
  await module.admin({ func: "session.newkey", username, key });
  const reply = await module.anonymous({ func: "auth", username, key });
  const sid = module.text(reply, "/doc/auth");
  expect(sid, "func=auth with a key: /doc/auth").not.toBe("");
  return sid;
}

/** OperationWaiter + HasItems/NoItems (F:16-62): check, sleep 5 s, `num` times. */
async function operationWaiter(
  kind: "HasItems" | "NoItems",
  params: Params,
  expression: string,
  num: number,
): Promise<boolean> {
  for (let left = num; left > 0; left -= 1) {
    const found = module.xpath(await module.admin(params), expression).length > 0;
    if (found === (kind === "HasItems")) return true;
    sleep(5);
  }
  return false;
}

/**
 * The module's `while (1)` polls of the server list, every 30 s: D:188-201 sleeps first and
 * gives up after 600 s, D:240-259 checks first and gives up after 7200 s. The first match.
 */
async function pollServerList(
  expression: string,
  { sleepFirst, limitSec, failure }: { sleepFirst: boolean; limitSec: number; failure: string },
): Promise<Element> {
  for (let waited = 0; ;) {
    if (sleepFirst) {
      waited += 30;
      sleep(30);
      if (waited > limitSec) throw new Error(failure);
    }
    const match = module.xpath(await module.admin({ func: "server" }), expression)[0];
    if (match) return match as Element;
    if (!sleepFirst) {
      waited += 30;
      sleep(30);
      if (waited > limitSec) throw new Error(failure);
    }
  }
}

/** The free-server XPath of D:146, with the product's server type. */
const freeServers = `/doc/elem[(owner='' or not(owner)) and (chassis_templ='${service.configoption1}' or type='${service.configoption1}') and hostname='free.ds' and not(blocked) and not(hwproblem) and not(diag_in_progress)]`;

/** dci_set_server_owner (F:317-330): read the form, re-send mac name notes type with the owner. */
async function setServerOwner(id: string, owner: string): Promise<void> {
  const props = await module.admin({ func: "server.edit", elid: id });
  await module.admin({
    func: "server.edit",
    elid: id,
    sok: "ok",
    mac: module.text(props, "/doc/mac"),
    name: module.text(props, "/doc/name"),
    notes: module.text(props, "/doc/notes"),
    type: module.text(props, "/doc/type"),
    owner,
  });
}

/** dci_set_server_domain (F:332-349): every non-group address of the server gets the domain. */
async function setServerDomain(id: string, domain: string): Promise<number> {
  const ips = await module.admin({ func: "iplist", elid: id });
  const ipIds = xpathTexts(ips, "//elem[not(type) or type != 'group']/id");
  for (const ipId of ipIds)
    await module.admin({ func: "iplist.edit", elid: ipId, sok: "ok", plid: id, domain });
  return ipIds.length;
}

async function serverRow(id: string): Promise<Element> {
  const rows = module.xpath(await module.admin({ func: "server" }), `/doc/elem[id='${id}']`);
  expect(rows, `server list: elem[id='${id}']`).toHaveLength(1);
  return rows[0] as Element;
}

/** What earlier steps found; a step whose prerequisite failed says which one. */
const found: { userId?: string; adminId?: string; serverId?: string; mainIp?: string } = {};
function need(name: keyof typeof found, step: string): string {
  const value = found[name];
  if (value === undefined) throw new Error(`needs ${name} from the step "${step}", which failed`);
  return value;
}
const serverId = () => need("serverId", "find a free server");

describe("the WHMCS DCImanager module's life cycle against the emulator", () => {
  it("lists: user and server give every row without p_cnt (the module never sends it, S:67)", async () => {
    const users = await module.admin({ func: "user" });
    expect(module.xpath(users, "/doc/elem")).toHaveLength(seededUsers + 60);
    const servers = await module.admin({ func: "server" });
    expect(module.xpath(servers, "/doc/elem")).toHaveLength(seededServers);
  });

  it("CreateAccount: find customers by raw level 16 and name (D:119-121)", async () => {
    const users = await module.admin({ func: "user" });
    const find = (name: string) => `/doc/elem[level='16' and name='${name}']`;
    expect(xpathTexts(users, `${find("acme")}/id`)).toEqual(["2"]);
    // Past the first 50 rows.
    expect(xpathTexts(users, `${find("customer60")}/id`)).toHaveLength(1);
    // Operators are not customers.
    expect(module.xpath(users, find("admin"))).toHaveLength(0);
    expect(module.xpath(users, find(service.username))).toHaveLength(0);
  });

  it("CreateAccount: user.edit lvUser without confirm, email or elid; reads /doc/id (D:123-136)", async () => {
    const created = await module.admin({
      func: "user.edit",
      sok: "ok",
      level: "lvUser",
      name: service.username,
      passwd: service.password,
    });
    const userId = module.text(created, "/doc/id");
    expect(userId).toMatch(/^\d+$/);
    const users = await module.admin({ func: "user" });
    expect(xpathTexts(users, `/doc/elem[level='16' and name='${service.username}']/id`)).toEqual([
      userId,
    ]);
    found.userId = userId;
  });

  it("CreateAccount: the admin's id (D:138-139)", async () => {
    const users = await module.admin({ func: "user" });
    const adminId = module.text(users, "/doc/elem[name='admin']/id");
    expect(adminId).toBe("1");
    found.adminId = adminId;
  });

  it("CreateAccount: find a free server of the product's type (D:145-147)", async () => {
    const servers = await module.admin({ func: "server" });
    const candidates = module.xpath(servers, freeServers);
    expect(candidates.length).toBeGreaterThan(0);
    const first = candidates[0] as Element;
    // S-R01-03: the first unsold server of type 1 without hardware problems.
    expect(module.text(first, "id")).toBe("3");
    expect(module.text(first, "hostname")).toBe("free.ds");
    found.serverId = module.text(first, "id");
  });

  it("CreateAccount: take it — owner = the admin's numeric id (D:177, F:317-330)", async () => {
    const id = serverId();
    await setServerOwner(id, need("adminId", "the admin's id"));
    const servers = await module.admin({ func: "server" });
    expect(xpathTexts(servers, `${freeServers}/id`)).not.toContain(id);
  });

  it("CreateAccount: server.enable, server.poweron, wait for poweron (D:179-201)", async () => {
    const id = serverId();
    await module.admin({ func: "server.enable", elid: id });
    await module.admin({ func: "server.poweron", elid: id });
    await pollServerList(`/doc/elem[id='${id}' and poweron]`, {
      sleepFirst: true,
      limitSec: 600,
      failure: "Can not power on server!",
    });
  });

  it("CreateAccount: set the domain on its addresses; the hostname follows (D:203, F:332-349)", async () => {
    const id = serverId();
    expect(await setServerDomain(id, service.domain)).toBeGreaterThan(0);
    const row = await serverRow(id);
    expect(module.text(row, "hostname")).toBe(service.domain);
    found.mainIp = module.text(row, "ip");
  });

  it("CreateAccount: AddIpToServer ipv4 — iptype, empty ip, family; reads /doc/ip (D:206, F:125-147)", async () => {
    const id = serverId();
    const added = await module.admin({
      func: "iplist.edit",
      plid: id,
      domain: service.domain,
      sok: "ok",
      iptype: service.iptype,
      ip: "",
      family: "ipv4",
    });
    const ip = module.text(added, "/doc/ip");
    expect(ip).toMatch(/^\d{1,3}(\.\d{1,3}){3}$/);
    const ips = await module.admin({ func: "iplist", elid: id });
    expect(xpathTexts(ips, `//elem[ip='${ip}']/domain`)).toEqual([service.domain]);
  });

  it("CreateAccount: AddIpToServer ipv6 (D:207, F:125-147)", async () => {
    const id = serverId();
    const added = await module.admin({
      func: "iplist.edit",
      plid: id,
      domain: service.domain,
      sok: "ok",
      iptype: service.iptype,
      ip: "",
      family: "ipv6",
    });
    const ip = module.text(added, "/doc/ip");
    expect(ip).toContain(":");
    const ips = await module.admin({ func: "iplist", elid: id });
    expect(xpathTexts(ips, `//elem[ip='${ip}']/id`)).toHaveLength(1);
  });

  it("CreateAccount: server.operations ostemplate without hostname (D:209-226)", async () => {
    const id = serverId();
    await module.admin({
      func: "server.operations",
      sok: "ok",
      elid: id,
      operation: "ostemplate",
      ostemplate: service.configoption2,
      passwd: service.password,
      confirm: service.password,
      checkpasswd: service.password,
      recipe: service.recipe,
    });
    const row = await serverRow(id);
    expect(module.xpath(row, "install_in_progress")).toHaveLength(1);
    // The install keeps the domain the module set: no hostname was sent.
    expect(module.text(row, "hostname")).toBe(service.domain);
  });

  it("SetServerParam: label, MAC, switch port and IPMI address (D:229, F:70-98)", async () => {
    const id = serverId();
    const form = await module.admin({ func: "server.edit", elid: id });
    expect(xpathTexts(form, "/doc/name/text()")).toEqual(["S-R01-03"]);
    expect(xpathTexts(form, "/doc/mac/text()")).toEqual(["0c:c4:7a:3d:13:01"]);

    const connections = await module.admin({ func: "server.connection", elid: id });
    const switchId = xpathTexts(connections, "/doc/elem[(type='Switch')][1]/id/text()");
    const ipmiId = xpathTexts(connections, "/doc/elem[(type='IPMI')][1]/id/text()");
    expect(switchId).toHaveLength(1);
    expect(ipmiId).toHaveLength(1);

    const switchForm = await module.admin({
      func: "server.connection.edit",
      plid: id,
      elid: switchId[0] ?? "",
    });
    // The same port the connection list shows (the seed wires S-R01-03 to Gi0/3).
    expect(xpathTexts(switchForm, "/doc/port/text()")).toEqual(["Gi0/3"]);
    const ipmiForm = await module.admin({
      func: "server.connection.edit",
      plid: id,
      elid: ipmiId[0] ?? "",
    });
    expect(xpathTexts(ipmiForm, "/doc/ip/text()")).toEqual(["10.10.0.13"]);
  });

  it("CreateAccount: wait for the install, then read elem/ip (D:231-259)", async () => {
    const id = serverId();
    const match = await pollServerList(
      `/doc/elem[id='${id}' and not(install_in_progress) and not(operation_failed)]`,
      { sleepFirst: false, limitSec: 7200, failure: "Can not install server!" },
    );
    const ip = module.text(match, "ip");
    expect(ip).not.toBe("");
    expect(ip).toBe(need("mainIp", "set the domain"));
  });

  it("CreateAccount: owner = the customer's id, domain again (D:263-264)", async () => {
    const id = serverId();
    await setServerOwner(id, need("userId", "user.edit"));
    await setServerDomain(id, service.domain);
    const mine = await module.customer(await customerSession(service.username))({
      func: "server",
    });
    expect(xpathTexts(mine, "/doc/elem/id")).toEqual([id]);
    expect(module.text(mine, `/doc/elem[id='${id}']/hostname`)).toBe(service.domain);
  });

  it("ServiceSingleSignOn / AdminSingleSignOn: session.newkey, then the key link (D:396-457)", async () => {
    for (const [username, extra] of [
      [service.username, ""], // D:409, D:419
      ["admin", "checkcookie=no&"], // D:436, D:449
    ] as const) {
      const key = randomKey();
      await module.admin({ func: "session.newkey", username, key });
      const link = `${panelUrl}?${extra}func=auth&username=${username}&key=${key}`;
      // The browser gets the console's page, which logs in with the key from the address.
      const page = await emulator.handle(new Request(link), whmcsIp);
      expect(page.status).toBe(200);
      expect(page.headers.get("content-type")).toContain("text/html");
      const sid = module.text(await module.anonymous({ func: "auth", username, key }), "/doc/auth");
      const whoami = await module.customer(sid)({ func: "whoami" });
      expect(module.text(whoami, "/doc/user")).toBe(username);
    }
  });

  it("reboot, poweroff, poweron as the customer, a new key each time (D:410-457, F:248-271)", async () => {
    const id = serverId();
    const act = async (func: string) =>
      module.customer(await customerSession(service.username))({ func, elid: id });
    await act("server.reboot");
    expect(module.xpath(await serverRow(id), "poweron")).toHaveLength(1);
    await act("server.poweroff");
    expect(module.xpath(await serverRow(id), "poweroff")).toHaveLength(1);
    await act("server.poweron");
    expect(module.xpath(await serverRow(id), "poweron")).toHaveLength(1);
  });

  it("ClientArea login_ipmi: password login, the ipmiredirect link with that session (D:360-368, S:46-52)", async () => {
    const id = serverId();
    // GetSessionId: the customer's own password, no key.
    const login = await module.anonymous({
      func: "auth",
      username: service.username,
      password: service.password,
    });
    const sid = module.text(login, "/doc/auth");
    expect(sid).not.toBe("");
    // The browser follows the Location header: a GET without `out` gets the console's page…
    const link = `${panelUrl}?auth=${sid}&elid=${id}&func=ipmiredirect&newwindow=yes&value=IPMI%20S${id}`;
    const page = await emulator.handle(new Request(link), whmcsIp);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    // …which takes over the session the link carries (whoami) and runs the linked function.
    const customer = module.customer(sid);
    expect(module.text(await customer({ func: "whoami" }), "/doc/user")).toBe(service.username);
    const ipmi = await customer({ func: "ipmiredirect", elid: id, value: `IPMI S${id}` });
    expect(module.text(ipmi, "/doc/ok")).toContain("10.10.0.13");
  });

  it("networkoff / networkon: server.connection.off|on per Switch (D:459-495)", async () => {
    const id = serverId();
    const switches = async () =>
      xpathTexts(
        await module.admin({ func: "server.connection", elid: id }),
        "/doc/elem[type='Switch']/id",
      );
    const ports = await switches();
    expect(ports.length).toBeGreaterThan(0);
    for (const elid of ports) await module.admin({ func: "server.connection.off", plid: id, elid });
    const form = await module.admin({ func: "server.edit", elid: id });
    expect(module.xpath(form, "/doc[(disabled='on')]")).toHaveLength(0);
    for (const elid of await switches())
      await module.admin({ func: "server.connection.on", plid: id, elid });
  });

  it("SuspendAccount / UnsuspendAccount: server.disable|enable; the disabled flag (D:332-344, D:486-487)", async () => {
    const id = serverId();
    await module.admin({ func: "server.disable", elid: id });
    expect(module.xpath(await serverRow(id), "disabled")).toHaveLength(1);
    // networkon refuses a suspended server by the form's disabled field.
    const suspended = await module.admin({ func: "server.edit", elid: id });
    expect(module.xpath(suspended, "/doc[(disabled='on')]")).toHaveLength(1);

    await module.admin({ func: "server.enable", elid: id });
    expect(module.xpath(await serverRow(id), "disabled")).toHaveLength(0);
    const enabled = await module.admin({ func: "server.edit", elid: id });
    expect(module.xpath(enabled, "/doc[(disabled='on')]")).toHaveLength(0);
  });

  it("reinstall as the customer: server.operations without recipe or hostname (F:361-401)", async () => {
    const id = serverId();
    const sid = await customerSession(service.username);
    await module.customer(sid)({
      func: "server.operations",
      sok: "ok",
      elid: id,
      operation: "ostemplate",
      ostemplate: service.configoption2,
      passwd: "N3wRootPass",
      confirm: "N3wRootPass",
      checkpasswd: "N3wRootPass",
    });
    expect(module.xpath(await serverRow(id), "install_in_progress")).toHaveLength(1);
    // The module does not wait; the run finishes before the next steps.
    sleep(7200);
    const done = `/doc/elem[id='${id}' and not(install_in_progress) and not(operation_failed)]`;
    expect(module.xpath(await module.admin({ func: "server" }), done)).toHaveLength(1);
  });

  it("UsageUpdate: trafficburstable without parameters → reportdata//elem[id]/burst (D:459-489)", async () => {
    const id = serverId();
    const report = await module.admin({ func: "trafficburstable" });
    const burst = xpathTexts(report, `/doc/reportdata//elem[id='${id}']/burst/text()`);
    expect(burst).toHaveLength(1);
    // A plain number, no unit or formatting: D:480-486 stores it into tblhosting.bwusage as is.
    expect(burst[0]).toMatch(/^\d+(\.\d+)?$/);
    const sold = xpathTexts(report, "/doc/reportdata//elem[id='1']/burst/text()");
    expect(sold).toHaveLength(1);
    expect(sold[0]).toMatch(/^\d+(\.\d+)?$/);
  });

  it("TerminateAccount: enable, power off, drop extra IPs, no_owner, free.ds (D:269-330)", async () => {
    const id = serverId();
    await module.admin({ func: "server.enable", elid: id }); // D:279
    expect(
      await operationWaiter(
        "HasItems",
        { func: "server" },
        `/doc/elem[(id='${id}') and (not(disabled))]`,
        10,
      ),
      "D:287 enable",
    ).toBe(true);
    expect(
      await operationWaiter(
        "NoItems",
        { func: "server.connection", elid: id },
        "/doc/elem[((func_in_progress))]", // F:21-29 builds it with these brackets
        20,
      ),
      "D:296 func_in_progress",
    ).toBe(true);
    await module.admin({ func: "server.poweroff", elid: id }); // D:300
    expect(
      await operationWaiter(
        "HasItems",
        { func: "server" },
        `/doc/elem[(id='${id}') and ((poweroff or powererror))]`,
        10,
      ),
      "D:308 poweroff",
    ).toBe(true);

    const mainIp = module.text(await serverRow(id), "ip"); // D:311-314
    expect(mainIp).not.toBe("");
    const ips = await module.admin({ func: "iplist", elid: id });
    const extra = xpathTexts(
      ips,
      `//elem[(not(type) or type != 'group') and ip != '${mainIp}']/id`,
    );
    expect(extra).toHaveLength(2); // the IPv4 and the IPv6 added above
    for (const ipId of extra) await module.admin({ func: "iplist.delete", elid: ipId, plid: id }); // D:319-321

    await setServerOwner(id, "no_owner"); // D:323
    await setServerDomain(id, "free.ds"); // D:326

    const left = await module.admin({ func: "iplist", elid: id });
    expect(xpathTexts(left, "//elem/ip")).toEqual([mainIp]);
  });

  it("the terminated server is free again: the free-server XPath finds it (D:146)", async () => {
    const id = serverId();
    const servers = await module.admin({ func: "server" });
    expect(xpathTexts(servers, `${freeServers}/id`)[0]).toBe(id);
    const row = await serverRow(id);
    expect(module.text(row, "hostname")).toBe("free.ds");
    expect(module.text(row, "owner")).toBe("");
  });
});
