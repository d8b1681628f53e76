import type { FuncContext } from "../context";
import type { IpAddress, Server } from "../state";

/**
 * A server's domain name is its main address's domain (PTR): setting one sets the other. Billing
 * modules sell a server by setting the domain of its addresses and look for free servers by
 * `hostname='free.ds'` (evidence/whmcs-dcimanager.md), so both must move together.
 */
export function setHostname(ctx: FuncContext, server: Server, hostname: string): void {
  server.hostname = hostname;
  const main = ctx.state.ips.find((ip) => ip.serverId === server.id && ip.ip === server.ip);
  if (main) main.domain = hostname;
}

/** After an address's domain changed: the server follows when it is its main address. */
export function followMainAddress(ctx: FuncContext, address: IpAddress): void {
  const server = ctx.state.servers.find((candidate) => candidate.id === address.serverId);
  if (server?.ip === address.ip && address.domain !== "") server.hostname = address.domain;
}
