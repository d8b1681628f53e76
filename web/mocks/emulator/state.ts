/** The emulator's data: plain serialisable objects, so a state file can hold them. */

export interface User {
  id: number;
  name: string;
  password: string;
  level: 16 | 29;
  disabled: boolean;
  email: string;
}

export type Power = "on" | "off" | "error";

export interface Operation {
  kind: "install" | "diag";
  template: string;
  startedAt: number;
  durationSec: number;
  /** Set when the operation should end in failure. */
  fails?: boolean;
}

export interface Server {
  id: number;
  name: string;
  hostname: string;
  ip: string;
  mac: string;
  ipmiIp: string;
  /** User name of the owner; "" for none. */
  owner: string;
  chassis: string;
  rack: string;
  location: string;
  notes: string;
  power: Power;
  disabled: boolean;
  blocked: boolean;
  hwproblem: boolean;
  operationFailed: boolean;
  operation?: Operation;
}

export interface IpAddress {
  id: number;
  serverId: number;
  ip: string;
  family: "ipv4" | "ipv6";
  group: string;
  domain: string;
}

export interface JournalEntry {
  id: number;
  time: number;
  user: string;
  ip: string;
  func: string;
  params: string;
  result: "ok" | "error";
}

export interface OneTimeKey {
  username: string;
  key: string;
  expiresAt: number;
}

export interface State {
  users: User[];
  servers: Server[];
  ips: IpAddress[];
  journal: JournalEntry[];
  keys: OneTimeKey[];
  nextId: Record<string, number>;
}

export function nextId(state: State, kind: string): number {
  const id = state.nextId[kind] ?? 1;
  state.nextId[kind] = id + 1;
  return id;
}
