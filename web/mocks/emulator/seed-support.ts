import { toBase64 } from "./encoding";
import type { Attachment, State, Ticket } from "./state";

/** The global settings (`dcisettings`) of a fresh panel, by field name (dcimanager.md §3.14). */
export const defaultSettings: Readonly<Record<string, string>> = {
  panelname: "DCImanager",
  paneldomain: "dci.example.net",
  diag_before_release: "on",
  clear_disks: "on",
  clear_mode: "fast",
  autoshutdown: "off",
  autoshutdown_delay: "30",
  diag_template: "ISPsystem__Diag-x86_64",
  install_threads: "4",
  default_rack: "R01",
  default_location: "MSK-DC1",
  dns_servers: "8.8.8.8\n1.1.1.1",
  ipsource: "local",
  ipmgr_url: "",
  ip_reserve: "4",
  ntp_servers: "0.pool.ntp.org\n1.pool.ntp.org",
  maintenance_date: "2026-06-15",
  maintenance_start: "2026-06-15 02:00:00",
  maintenance_window: "02:00-04:00",
  next_check: "2026-06-01 03:30:00",
  support_email: "noc@example.net",
  notify_events: "hwproblem, operation_failed",
  notify_channel: "email",
  notify_format: "email_html",
};

function attachment(id: number, name: string, type: string, text: string): Attachment {
  const bytes = new TextEncoder().encode(text);
  return { id, name, type, size: bytes.byteLength, base64: toBase64(bytes) };
}

const hour = 3_600_000;

/** Support tickets: an open one of acme's with a thread and attachments, and a closed one of globex's. */
function demoTickets(now: number): Ticket[] {
  return [
    {
      id: 1,
      owner: "acme",
      subject: "web1 reboots at night",
      serverId: 1,
      status: "open",
      created: now - 50 * hour,
      messages: [
        {
          id: 1,
          author: "acme",
          staff: false,
          time: now - 50 * hour,
          text: "Our server web1.acme.example rebooted twice last night around 03:00. Is there maintenance going on?",
          attachments: [
            attachment(
              1,
              "uptime.txt",
              "text/plain",
              " 03:12:41 up 0 min,  0 users,  load average: 0.52, 0.14, 0.05\n",
            ),
          ],
        },
        {
          id: 2,
          author: "admin",
          staff: true,
          time: now - 49 * hour,
          text: "There was no maintenance. The PDU log shows two short power drops on outlet 1; we are replacing the outlet module. The log is attached.",
          attachments: [
            attachment(
              2,
              "pdu-r01-a.log",
              "text/plain",
              "02:58:10 outlet 1 power lost\n02:58:12 outlet 1 power restored\n03:04:55 outlet 1 power lost\n03:04:57 outlet 1 power restored\n",
            ),
          ],
        },
        {
          id: 3,
          author: "acme",
          staff: false,
          time: now - 2 * hour,
          text: "Thanks. It happened again tonight; could you move the server to another outlet?",
          attachments: [],
        },
      ],
    },
    {
      id: 2,
      owner: "globex",
      subject: "Reverse DNS for node5",
      serverId: 5,
      status: "closed",
      created: now - 240 * hour,
      messages: [
        {
          id: 4,
          author: "globex",
          staff: false,
          time: now - 240 * hour,
          text: "Please set the PTR of 203.0.113.15 to node5.globex.example.",
          attachments: [],
        },
        {
          id: 5,
          author: "admin",
          staff: true,
          time: now - 239 * hour,
          text: "Done. You can also change it yourself in IP addresses.",
          attachments: [],
        },
      ],
    },
  ];
}

/** The support data of the seed: settings, tickets and their counters. */
export function supportSeed(now: number): Pick<State, "settings" | "tickets" | "collapsed"> & {
  nextId: Record<string, number>;
} {
  return {
    settings: { ...defaultSettings },
    tickets: demoTickets(now),
    collapsed: {},
    nextId: { ticket: 3, message: 6, attachment: 3 },
  };
}

/**
 * A state saved before settings, tickets and collapsed pages existed gets them from the seed,
 * so an old `EMULATOR_STATE` file keeps working.
 */
export function upgradeState(state: State, now: number): State {
  const seed = supportSeed(now);
  const record = state as Partial<State>;
  state.settings = { ...defaultSettings, ...record.settings };
  if (!Array.isArray(record.tickets)) state.tickets = seed.tickets;
  // A state file is JSON from disk: absent keys are possible whatever the type says.
  state.collapsed = record.collapsed ?? {};
  for (const [kind, next] of Object.entries(seed.nextId)) state.nextId[kind] ??= next;
  return state;
}
