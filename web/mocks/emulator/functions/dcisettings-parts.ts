import type { FuncContext } from "../context";
import type { SlistItem, TreeNode } from "../documents/form";
import { svgDataUrl } from "../encoding";
import { texts } from "./dcisettings-texts";

/** A small deterministic hash, for demo data that must not change between requests. */
function hash(text: string): number {
  let value = 2166136261;
  for (const char of text) value = Math.imul(value ^ (char.codePointAt(0) ?? 0), 16777619);
  return value >>> 0;
}

/**
 * The digits of the captcha a user sees today (UTC). Tests and end-to-end runs may compute it;
 * a real panel would keep a random challenge in the session.
 */
export function captchaCode(user: string, now: number): string {
  const day = Math.floor(now / 86_400_000);
  return String(hash(`${user}:${day}`) % 10_000).padStart(4, "0");
}

export function captchaImage(code: string): string {
  const digits = Array.from({ length: code.length }, (_, index) => code.charAt(index))
    .map(
      (digit, index) =>
        `<text x="${14 + index * 22}" y="${28 + (index % 2) * 4}" transform="rotate(${index % 2 ? 8 : -8} ${14 + index * 22} 24)">${digit}</text>`,
    )
    .join("");
  return svgDataUrl(
    `<svg xmlns="http://www.w3.org/2000/svg" width="110" height="40" viewBox="0 0 110 40"><rect width="110" height="40" fill="#f3efe6"/><path d="M0 30 C30 5 60 38 110 12" stroke="#9a8f7a" fill="none"/><g font-family="monospace" font-size="22" fill="#3b3326">${digits}</g></svg>`,
  );
}

export function rackMap(ctx: FuncContext): string {
  const racks = ctx.state.racks
    .map((rack, index) => {
      const count = ctx.state.servers.filter((server) => server.rack === rack.name).length;
      const x = 10 + index * 70;
      return `<rect x="${x}" y="10" width="60" height="100" rx="4" fill="#e8eef7" stroke="#4a6fa5"/><text x="${x + 30}" y="55" text-anchor="middle">${rack.name}</text><text x="${x + 30}" y="80" text-anchor="middle" font-size="11">${count}</text>`;
    })
    .join("");
  const width = 20 + ctx.state.racks.length * 70;
  return svgDataUrl(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="120" viewBox="0 0 ${width} 120" font-family="sans-serif" font-size="14">${racks}</svg>`,
  );
}

export function ntpRows(ctx: FuncContext, servers: string): Record<string, string>[] {
  const t = texts[ctx.lang];
  return servers
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((server) => {
      const h = hash(server);
      const reachable = h % 7 !== 0;
      return {
        server,
        stratum: reachable ? String(1 + (h % 3)) : "—",
        offset: reachable ? `${h % 2 ? "+" : "-"}${((h % 900) / 100).toFixed(2)} ms` : "—",
        state: (reachable ? t.ntp_synced : t.ntp_unreachable) ?? "",
      };
    });
}

/** Locations holding their racks: only a rack can be chosen. */
export function rackTree(ctx: FuncContext): TreeNode[] {
  const locations = [
    ...new Set([
      ...ctx.state.locations.map((location) => location.name),
      ...ctx.state.racks.map((rack) => rack.location),
    ]),
  ];
  return locations.map((location) => ({
    key: `location:${location}`,
    label: location,
    selectable: false,
    children: ctx.state.racks
      .filter((rack) => rack.location === location)
      .map((rack) => ({ key: rack.name, label: `${rack.name} (${rack.units}U)` })),
  }));
}

/** Notification formats by the channel they belong to (`val@depend`). */
export const formats: Record<string, string> = {
  email_html: "email",
  email_text: "email",
  telegram_markdown: "telegram",
  telegram_plain: "telegram",
  webhook_json: "webhook",
  webhook_form: "webhook",
};

export function slists(ctx: FuncContext): Record<string, SlistItem[]> {
  const t = texts[ctx.lang];
  const option = (field: string, keys: string[]) =>
    keys.map((key) => ({ key, label: t[`${field}_${key}`] ?? key }));
  const colors: Record<string, string> = {
    hwproblem: "red",
    operation_failed: "yellow",
    install_done: "green",
    power_error: "#b85c00",
    ticket: "blue",
  };
  return {
    clear_mode: option("clear_mode", ["fast", "full"]),
    ipsource: option("ipsource", ["local", "ipmanager"]),
    diag_template: ctx.state.osTemplates
      .filter((template) => template.kind === "diag")
      .map((template) => ({
        key: template.name,
        label: template.name.replace(/^ISPsystem__/, ""),
      })),
    default_location: ctx.state.locations.map((location) => ({
      key: location.name,
      label: location.name,
    })),
    notify_channel: option("notify_channel", ["email", "telegram", "webhook"]),
    notify_format: Object.entries(formats).map(([key, depend]) => ({
      key,
      depend,
      label: t[`notify_format_${key}`] ?? key,
    })),
    notify_events: Object.keys(colors).map((key) => ({
      key,
      label: t[`notify_events_${key}`] ?? key,
      color: colors[key],
    })),
  };
}
