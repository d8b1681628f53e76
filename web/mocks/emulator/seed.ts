import { generatedServers } from "./seed-generated";
import {
  chassisTemplates,
  devices,
  locations,
  osTemplates,
  ports,
  racks,
  sshKeys,
} from "./seed-equipment";
import { supportSeed } from "./seed-support";
import type { IpAddress, Power, Server, State, User } from "./state";

/** The demo accounts: printed at start and written in the README. */
export const demoAccounts = [
  { username: "admin", password: "admin", role: "operator (admin, level 29)" },
  { username: "acme", password: "acme", role: "customer (user, level 16)" },
  { username: "globex", password: "globex", role: "customer (user, level 16)" },
  { username: "initech", password: "initech", role: "customer, disabled: its login is refused" },
] as const;

const users: User[] = [
  { id: 1, name: "admin", password: "admin", level: 29, disabled: false, email: "noc@example.net" },
  { id: 2, name: "acme", password: "acme", level: 16, disabled: false, email: "ops@acme.example" },
  {
    id: 3,
    name: "globex",
    password: "globex",
    level: 16,
    disabled: false,
    email: "it@globex.example",
  },
  {
    id: 4,
    name: "initech",
    password: "initech",
    level: 16,
    disabled: true,
    email: "admin@initech.example",
  },
];

const small = "SM-E3-1230v6-32G-2x480SSD";
const dell = "DELL-R640-2x4214-128G-2x960";

type Flags = Partial<Pick<Server, "disabled" | "blocked" | "hwproblem" | "operationFailed">>;

function server(
  id: number,
  name: string,
  hostname: string,
  ip: string,
  mac: string,
  ipmiIp: string,
  owner: string,
  chassis: string,
  rack: string,
  power: Power,
  flags: Flags = {},
): Server {
  return {
    id,
    name,
    hostname,
    ip,
    mac,
    ipmiIp,
    owner,
    chassis,
    rack,
    location: "MSK-DC1",
    notes: "",
    power,
    disabled: false,
    blocked: false,
    hwproblem: false,
    operationFailed: false,
    ...flags,
  };
}

/** dcimanager.md §6.2. Times are relative to `now` so running operations look alive. */
function demoServers(now: number): Server[] {
  const servers = [
    server(
      1,
      "S-R01-01",
      "web1.acme.example",
      "203.0.113.10",
      "0c:c4:7a:3d:12:4e",
      "10.10.0.11",
      "acme",
      small,
      "R01",
      "on",
    ),
    server(
      2,
      "S-R01-02",
      "db1.acme.example",
      "203.0.113.11",
      "0c:c4:7a:3d:12:5a",
      "10.10.0.12",
      "acme",
      small,
      "R01",
      "on",
    ),
    server(
      3,
      "S-R01-03",
      "free.ds",
      "10.20.0.13",
      "0c:c4:7a:3d:13:01",
      "10.10.0.13",
      "",
      small,
      "R01",
      "off",
    ),
    server(
      4,
      "S-R01-04",
      "free.ds",
      "10.20.0.14",
      "0c:c4:7a:3d:13:1c",
      "10.10.0.14",
      "",
      small,
      "R01",
      "off",
      { hwproblem: true },
    ),
    server(
      5,
      "S-R01-05",
      "node5.globex.example",
      "203.0.113.15",
      "0c:c4:7a:3d:13:2f",
      "10.10.0.15",
      "globex",
      small,
      "R01",
      "on",
    ),
    server(
      6,
      "S-R02-01",
      "free.ds",
      "10.20.0.21",
      "24:6e:96:1a:00:10",
      "10.10.0.21",
      "",
      dell,
      "R02",
      "on",
    ),
    server(
      7,
      "S-R02-02",
      "k8s1.globex.example",
      "203.0.113.22",
      "24:6e:96:1a:00:22",
      "10.10.0.22",
      "globex",
      dell,
      "R02",
      "on",
    ),
    server(
      8,
      "S-R02-03",
      "old.initech.example",
      "203.0.113.23",
      "24:6e:96:1a:00:34",
      "10.10.0.23",
      "initech",
      dell,
      "R02",
      "off",
      { disabled: true },
    ),
    server(
      9,
      "S-R02-04",
      "mail.acme.example",
      "203.0.113.24",
      "24:6e:96:1a:00:46",
      "10.10.0.24",
      "acme",
      dell,
      "R02",
      "on",
      { operationFailed: true },
    ),
    server(
      10,
      "S-R02-05",
      "free.ds",
      "10.20.0.25",
      "24:6e:96:1a:00:58",
      "",
      "",
      dell,
      "R02",
      "error",
    ),
  ];
  const installing = servers[4];
  const diagnosing = servers[5];
  // An install at 62% of a 20-minute run; a diagnostics run half way through 10 minutes.
  if (installing)
    installing.operation = {
      kind: "install",
      template: "ISPsystem__Debian-10-amd64",
      startedAt: now - 744_000,
      durationSec: 1200,
    };
  if (diagnosing)
    diagnosing.operation = {
      kind: "diag",
      template: "ISPsystem__Diag-x86_64",
      startedAt: now - 300_000,
      durationSec: 600,
    };
  return servers;
}

function demoIps(servers: Server[]): IpAddress[] {
  const ips: IpAddress[] = servers.map((srv, index) => ({
    id: index + 1,
    serverId: srv.id,
    ip: srv.ip,
    family: "ipv4",
    group: srv.ip.startsWith("10.20.") ? "free" : "public",
    domain: srv.hostname,
  }));
  ips.push(
    {
      id: ips.length + 1,
      serverId: 1,
      ip: "203.0.113.30",
      family: "ipv4",
      group: "public",
      domain: "www.acme.example",
    },
    {
      id: ips.length + 2,
      serverId: 1,
      ip: "2001:db8:10::10",
      family: "ipv6",
      group: "public",
      domain: "web1.acme.example",
    },
  );
  return ips;
}

export interface SeedOptions {
  now: number;
  /** How many generated servers to add after the demo ones. */
  extraServers?: number;
}

export function createSeedState({ now, extraServers = 0 }: SeedOptions): State {
  const servers = [...demoServers(now), ...generatedServers(extraServers, 11, server)];
  const ips = demoIps(servers.slice(0, 10));
  const portList = ports(servers);
  const support = supportSeed(now);
  // A deep copy, so a reset never shares objects with a changed state.
  return structuredClone({
    users,
    servers,
    ips,
    locations,
    racks,
    devices,
    ports: portList,
    osTemplates,
    chassisTemplates,
    sshKeys,
    progress: [],
    settings: support.settings,
    tickets: support.tickets,
    collapsed: support.collapsed,
    journal: [],
    keys: [],
    nextId: {
      user: users.length + 1,
      server: servers.length + 1,
      ip: ips.length + 1,
      journal: 1,
      rack: racks.length + 1,
      device: devices.length + 1,
      port: portList.length + 1,
      sshkey: sshKeys.length + 1,
      ...support.nextId,
    },
  });
}
