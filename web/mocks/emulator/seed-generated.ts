import type { Server } from "./state";

export type MakeServer = (
  id: number,
  name: string,
  hostname: string,
  ip: string,
  mac: string,
  ipmiIp: string,
  owner: string,
  chassis: string,
  rack: string,
  power: Server["power"],
) => Server;

const small = "SM-E3-1230v6-32G-2x480SSD";
const dell = "DELL-R640-2x4214-128G-2x960";

/** Deterministic extra servers for speed work (EMULATOR_SERVERS=10000). */
export function generatedServers(total: number, startId: number, make: MakeServer): Server[] {
  const owners = ["", "acme", "globex", ""];
  const result: Server[] = [];
  for (let index = 0; index < total; index += 1) {
    const id = startId + index;
    const rack = `R${String(10 + (index % 40)).padStart(2, "0")}`;
    const owner = owners[index % owners.length] ?? "";
    const octet = (index % 250) + 1;
    const hex = (id % 65536).toString(16).padStart(4, "0");
    result.push(
      make(
        id,
        `S-${rack}-${String(index % 42).padStart(2, "0")}-${id}`,
        owner ? `srv${id}.${owner}.example` : "free.ds",
        `198.51.${Math.floor(index / 250) % 256}.${octet}`,
        `0c:c4:7a:ff:${hex.slice(0, 2)}:${hex.slice(2)}`,
        `10.11.${Math.floor(index / 250) % 256}.${octet}`,
        owner,
        index % 3 === 0 ? dell : small,
        rack,
        index % 7 === 0 ? "off" : "on",
      ),
    );
  }
  return result;
}
