import type { FuncContext, FuncDef } from "../context";
import { MgrFault } from "../errors";
import { fill, type Texts } from "../i18n";
import { el } from "../tree";
import { parentServer } from "./server-children";

const texts: Texts = {
  en: {
    has_ipmi: "Server __name__ already has an IPMI connection (__value__)",
    no_address: "No free address is left in the IPMI network 10.10.0.0/16",
  },
  ru: {
    has_ipmi: "У сервера __name__ уже есть подключение IPMI (__value__)",
    no_address: "В сети IPMI 10.10.0.0/16 не осталось свободных адресов",
  },
};

/**
 * The first address of the IPMI network 10.10.0.0/16 (dcimanager.md §6.2) that no server,
 * device or IP address uses: 10.10.0.2 upwards (.1 is the network's gateway, .0 and .255 of
 * each /24 are skipped). The seed's IPMI addresses are 10.10.0.11-25, the generated ones 10.11.x.y.
 */
function freeIpmiAddress(ctx: FuncContext): string | undefined {
  const used = new Set([
    ...ctx.state.servers.map((server) => server.ipmiIp),
    ...ctx.state.devices.map((device) => device.ip),
    ...ctx.state.ips.map((address) => address.ip),
  ]);
  for (let third = 0; third < 256; third += 1)
    for (let fourth = third === 0 ? 2 : 1; fourth < 255; fourth += 1) {
      const address = `10.10.${third}.${fourth}`;
      if (!used.has(address)) return address;
    }
  return undefined;
}

/**
 * `server.connection.autocreateipmi` (plid=server, sok=ok): node-dcimanager sends it to give a
 * server its IPMI and reads only `doc.error.msg.$` or `doc` (lib/server.js:241-260). A server
 * without IPMI gets the next free address and the answer is `<ok/>`; one that has it is an
 * `exists` error on `ipmi` (its address the value): nothing is created twice. Admin only, like
 * the rest of `server.connection` (dcimanager.md §3.3).
 */
export const serverConnectionAutoIpmi: FuncDef = {
  name: "server.connection.autocreateipmi",
  minLevel: 29,
  summary:
    "Create the IPMI connection of a server that has none (plid=server), with the next free 10.10.x.y address",
  handle(ctx) {
    const server = parentServer(ctx, "plid");
    if (server.ipmiIp !== "")
      throw new MgrFault(
        "exists",
        "ipmi",
        server.ipmiIp,
        undefined,
        fill(texts[ctx.lang].has_ipmi ?? "", { name: server.name, value: server.ipmiIp }),
      );
    const address = freeIpmiAddress(ctx);
    if (address === undefined)
      throw new MgrFault("value", "ipmi", "", undefined, texts[ctx.lang].no_address);
    server.ipmiIp = address;
    return { children: [el("ok")], changed: true };
  },
};
