import type { Lang } from "./i18n";
import type { Params, UploadedFile } from "./params";
import type { Session, SessionStore } from "./sessions";
import type { State, User } from "./state";
import type { XNode } from "./tree";

export interface EmulatorConfig {
  /** The panel name in the endpoint path: /dcimgr and /manager/dcimgr. */
  panel: string;
  idleTimeoutSec: number;
  bindSessionToIp: boolean;
  oneTimeKeyTtlSec: number;
  /** Failed logins from one address before logging in is blocked. */
  maxFailedLogins: number;
  blockLogonSec: number;
}

export const defaultConfig: EmulatorConfig = {
  panel: "dcimgr",
  idleTimeoutSec: 3600,
  bindSessionToIp: true,
  oneTimeKeyTtlSec: 3600,
  maxFailedLogins: 5,
  blockLogonSec: 300,
};

/** Who is calling, after authentication and `su`. */
export interface Caller {
  user: User;
  session?: Session;
  /** The user who signed in, when `su` switched to another one. */
  realUser?: User;
}

/** Everything a function handler may read or change. */
export interface FuncContext {
  params: Params;
  /** File parts of a multipart body; their parameters hold the file names. */
  files: UploadedFile[];
  lang: Lang;
  clientIp: string;
  now: number;
  state: State;
  config: EmulatorConfig;
  sessions: SessionStore;
  /** Absent only for public functions called without credentials. */
  caller?: Caller;
  /** Records a failed login from this address. */
  failedLogin(): void;
  loginBlocked(): boolean;
}

export interface Reply {
  children: XNode[];
  /** The function the document belongs to, when it differs from the requested one. */
  func?: string;
  /** Set-Cookie header values. */
  cookies?: string[];
  /** The state changed: save it and write the journal. */
  changed?: boolean;
  /** The state changed in a way not worth journalling (a collapsed page): save it only. */
  saved?: boolean;
  /** A file to download instead of a document (`out` is ignored). */
  raw?: { body: Uint8Array; contentType: string; filename: string };
}

export interface FuncDef {
  name: string;
  /** Callable without a session (auth, logon). */
  public?: boolean;
  /** The lowest level that may call it; lower callers get `access`. */
  minLevel?: number;
  /** Answers a file whatever `out` says, even without it (a link the browser opens). */
  download?: boolean;
  handle(ctx: FuncContext): Reply | Promise<Reply>;
  /** One line for `mgrctl -i`. */
  summary: string;
}

/** The caller of a function that needs one; the core never runs such a function without it. */
export function callerOf(ctx: FuncContext): Caller {
  if (!ctx.caller) throw new Error(`no caller for a non-public function`);
  return ctx.caller;
}

/**
 * Why `actor` may not act as `target` (`su`, mgr5-protocol.md §2.5, Q11): only an admin may, only
 * as a user of a lower level, and never as a disabled account (nobody can sign in as it). The `su`
 * parameter, `user.su` and the user list's `su` button all ask this.
 */
export function suRefusal(actor: User, target: User): "level" | "disabled" | undefined {
  if (actor.level < 29 || target.level >= actor.level) return "level";
  if (target.disabled) return "disabled";
  return undefined;
}
