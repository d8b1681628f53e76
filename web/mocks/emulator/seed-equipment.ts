import type {
  ChassisTemplate,
  Device,
  Location,
  OsTemplate,
  Port,
  Rack,
  Server,
  SshKey,
} from "./state";

export const locations: Location[] = [
  { id: 1, name: "MSK-DC1", mainIp: "10.0.0.2", sshPort: 22, nameservers: "8.8.8.8 1.1.1.1" },
];

export const racks: Rack[] = [
  { id: 1, name: "R01", location: "MSK-DC1", units: 42, owner: "" },
  { id: 2, name: "R02", location: "MSK-DC1", units: 42, owner: "" },
  { id: 3, name: "R03", location: "MSK-DC1", units: 42, owner: "acme" },
];

export const devices: Device[] = [
  {
    id: 1,
    kind: "switch",
    name: "sw-r01",
    ip: "10.0.1.11",
    handler: "Cisco Catalyst (SNMP)",
    rack: "R01",
  },
  {
    id: 2,
    kind: "switch",
    name: "sw-r02",
    ip: "10.0.1.12",
    handler: "Juniper (NETCONF)",
    rack: "R02",
  },
  {
    id: 3,
    kind: "pdu",
    name: "pdu-r01-a",
    ip: "10.0.2.11",
    handler: "APC PDU (SNMP)",
    rack: "R01",
  },
  {
    id: 4,
    kind: "pdu",
    name: "pdu-r02-a",
    ip: "10.0.2.12",
    handler: "APC PDU (SNMP)",
    rack: "R02",
  },
];

const small = "SM-E3-1230v6-32G-2x480SSD";
const dell = "DELL-R640-2x4214-128G-2x960";

export const chassisTemplates: ChassisTemplate[] = [
  { name: small, description: "Xeon E3-1230v6 / 32 GB / 2×480 GB SSD" },
  { name: dell, description: "2×Xeon Silver 4214 / 128 GB / 2×960 GB SSD" },
];

export const osTemplates: OsTemplate[] = [
  { name: "ISPsystem__CentOS-7-amd64", kind: "os", chassis: [], adminOnly: false },
  { name: "ISPsystem__Debian-10-amd64", kind: "os", chassis: [], adminOnly: false },
  { name: "ISPsystem__Ubuntu-18.04-amd64", kind: "os", chassis: [], adminOnly: false },
  // Windows needs the RAID controller of the Dell servers.
  { name: "ISPsystem__Windows Server 2016", kind: "os", chassis: [dell], adminOnly: false },
  { name: "ISPsystem__Diag-x86_64", kind: "diag", chassis: [], adminOnly: false },
  { name: "ISPsystem__Sysrescd-x86_64", kind: "rescue", chassis: [], adminOnly: false },
];

export const sshKeys: SshKey[] = [
  {
    id: 1,
    owner: "admin",
    name: "noc-laptop",
    key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHk0bGx5bm90YXJlYWxrZXlmb3JkZW1vAA noc@example.net",
  },
  {
    id: 2,
    owner: "acme",
    name: "deploy",
    key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGRlbW9rZXlmb3JhY21lZGVwbG95bWVudAA deploy@acme.example",
  },
];

/** 48 ports a switch, 24 outlets a PDU; the demo servers sit on the first ones of their rack. */
export function ports(servers: Server[]): Port[] {
  const result: Port[] = [];
  let id = 1;
  const connect = (index: number, rack: string) =>
    servers.filter((server) => server.rack === rack && server.id <= 10)[index]?.id ?? 0;
  for (let index = 0; index < 48; index += 1)
    result.push({
      id: id++,
      deviceId: 1,
      name: `Gi0/${index + 1}`,
      serverId: connect(index, "R01"),
      on: true,
    });
  for (let index = 0; index < 48; index += 1)
    result.push({
      id: id++,
      deviceId: 2,
      name: `ge-0/0/${index}`,
      serverId: connect(index, "R02"),
      on: true,
    });
  for (let index = 0; index < 24; index += 1)
    result.push({
      id: id++,
      deviceId: 3,
      name: String(index + 1),
      serverId: connect(index, "R01"),
      on: true,
    });
  for (let index = 0; index < 24; index += 1)
    result.push({
      id: id++,
      deviceId: 4,
      name: String(index + 1),
      serverId: connect(index, "R02"),
      on: true,
    });
  return result;
}
