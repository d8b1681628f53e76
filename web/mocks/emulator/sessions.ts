import type { Lang } from "./i18n";

export interface ListState {
  pageSize?: number;
  sort?: string;
  filter?: Record<string, string>;
}

export interface Session {
  id: string;
  username: string;
  ip: string;
  createdAt: number;
  lastSeen: number;
  lang: Lang;
  /** Signed in with a one-time key (billing hand-off). */
  viaKey: boolean;
  /** Page size, sort and filter remembered per list (mgr5-protocol.md §5.5). */
  lists: Record<string, ListState>;
}

function randomId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** Sessions live in memory only: a restarted emulator has signed everybody out. */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  create(username: string, ip: string, now: number, lang: Lang, viaKey: boolean): Session {
    const session: Session = {
      id: randomId(),
      username,
      ip,
      createdAt: now,
      lastSeen: now,
      lang,
      viaKey,
      lists: {},
    };
    this.sessions.set(session.id, session);
    return session;
  }

  /** The live session with this id, or undefined when unknown or idle longer than `idleMs`. */
  find(id: string, now: number, idleMs: number): Session | undefined {
    const session = this.sessions.get(id);
    if (!session) return undefined;
    if (now - session.lastSeen > idleMs) {
      this.sessions.delete(id);
      return undefined;
    }
    return session;
  }

  delete(id: string): boolean {
    return this.sessions.delete(id);
  }

  all(now: number, idleMs: number): Session[] {
    for (const [id, session] of this.sessions)
      if (now - session.lastSeen > idleMs) this.sessions.delete(id);
    return [...this.sessions.values()];
  }

  clear(): void {
    this.sessions.clear();
  }
}
