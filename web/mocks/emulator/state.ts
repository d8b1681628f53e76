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
  kind: "install" | "diag" | "rescue";
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
  /** The user who signed in. */
  user: string;
  /** The user they acted as with `su`; empty otherwise (absent in states saved before it existed). */
  asuser: string;
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

export interface Location {
  id: number;
  name: string;
  mainIp: string;
  sshPort: number;
  nameservers: string;
}

export interface Rack {
  id: number;
  name: string;
  location: string;
  units: number;
  /** A rack rented out as colocation: the customer's name, or "". */
  owner: string;
}

/** A switch port or a PDU outlet. */
export interface Port {
  id: number;
  deviceId: number;
  name: string;
  /** The server connected to it, or 0. */
  serverId: number;
  on: boolean;
}

export interface Device {
  id: number;
  kind: "switch" | "pdu";
  name: string;
  ip: string;
  handler: string;
  rack: string;
}

export interface OsTemplate {
  name: string;
  kind: "os" | "diag" | "rescue";
  /** Server types it may be installed on; empty means every type. */
  chassis: string[];
  adminOnly: boolean;
}

export interface ChassisTemplate {
  name: string;
  description: string;
}

export interface SshKey {
  id: number;
  owner: string;
  name: string;
  key: string;
}

/** A running operation's progress bar, by the client's progressid (mgr5-protocol.md §7.6). */
export interface ProgressEntry {
  progressId: string;
  sessionId: string;
  serverId: number;
  action: string;
  startedAt: number;
}

/** A file attached to a ticket message; the bytes are base64 so a state file can hold them. */
export interface Attachment {
  id: number;
  name: string;
  type: string;
  size: number;
  base64: string;
}

export interface TicketMessage {
  id: number;
  /** The user who wrote it. */
  author: string;
  /** Written by the operator's side (support), not by the ticket's owner. */
  staff: boolean;
  time: number;
  text: string;
  attachments: Attachment[];
}

export interface Ticket {
  id: number;
  /** The customer the ticket belongs to. */
  owner: string;
  subject: string;
  /** The server it is about, or 0. */
  serverId: number;
  /** `open`: waiting for support; `answered`: waiting for the customer; `closed`. */
  status: "open" | "answered" | "closed";
  created: number;
  messages: TicketMessage[];
}

export interface State {
  users: User[];
  servers: Server[];
  ips: IpAddress[];
  locations: Location[];
  racks: Rack[];
  devices: Device[];
  ports: Port[];
  osTemplates: OsTemplate[];
  chassisTemplates: ChassisTemplate[];
  sshKeys: SshKey[];
  progress: ProgressEntry[];
  /** The global settings form (`dcisettings`): its saved values by field name. */
  settings: Record<string, string>;
  tickets: Ticket[];
  /** Form pages a user collapsed (true) or opened (false), by user and `<form>/<page>`. */
  collapsed: Record<string, Record<string, boolean>>;
  journal: JournalEntry[];
  keys: OneTimeKey[];
  nextId: Record<string, number>;
}

export function nextId(state: State, kind: string): number {
  const id = state.nextId[kind] ?? 1;
  state.nextId[kind] = id + 1;
  return id;
}
