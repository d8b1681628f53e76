import {
  defaultConfig,
  suRefusal,
  type Caller,
  type EmulatorConfig,
  type FuncContext,
  type Reply,
} from "./context";
import { errorNode, MgrFault } from "./errors";
import { functions } from "./functions/index";
import { advanceOperations } from "./operations";
import { pickLang, type Lang } from "./i18n";
import { readCookies, readRequest, type Params, type UploadedFile } from "./params";
import { createSeedState } from "./seed";
import { upgradeState } from "./seed-support";
import { isOutputFormat, serialize, type OutputFormat } from "./serializers/index";
import { SessionStore } from "./sessions";
import { nextId, type State, type User } from "./state";
import { el, leaf, type XNode } from "./tree";

export interface EmulatorOptions {
  config?: Partial<EmulatorConfig>;
  /** A saved state to start from instead of the seed. */
  state?: State;
  /** Generated servers added to the demo ones (speed work). */
  extraServers?: number;
  /** The real clock; tests pass their own. */
  now?: () => number;
  /** The built app's index.html, answered to requests without `out`. */
  indexHtml?: () => string | undefined;
  /** Called after every change, for persistence. */
  onChange?: (state: State) => void;
}

export interface Emulator {
  /** Answers one request as the panel would. Never throws; application results are HTTP 200. */
  handle(request: Request, clientIp: string): Promise<Response>;
  readonly state: State;
  readonly config: EmulatorConfig;
  readonly sessions: SessionStore;
  now(): number;
  /** Moves the emulator's clock (end-to-end tests of expiry and progress). */
  advanceClock(ms: number): void;
  /** Back to the seed (with `extraServers` generated servers, else as configured): state, sessions, clock and login blocks. */
  reset(extraServers?: number): void;
}

/** Parameters never echoed in `tparams` (Q13). */
const secretParams = new Set(["password", "passwd", "confirm", "authinfo", "key", "auth"]);

const fallbackHtml = `<!doctype html><html><head><meta charset="utf-8"><title>DCImanager emulator</title></head>
<body><p>This is the DCImanager 5 emulator. Build the app (<code>npm run build</code>) to get its interface here,
or ask for data with <code>out=xml</code>, <code>out=json</code> or <code>out=xjson</code>.</p></body></html>`;

/** The `out` of the query string, read leniently, for answering requests whose parameters are bad. */
function requestedOut(url: string): OutputFormat {
  const query = url.includes("?") ? url.slice(url.indexOf("?") + 1) : "";
  for (const pair of query.split("&")) {
    const [name, value = ""] = pair.split("=");
    if (name === "out" && isOutputFormat(value)) return value;
  }
  return "xml";
}

/**
 * The envelope attributes a real panel puts on every other document: `binary`, the endpoint
 * path the request used (`/manager/<panel>` when called through `/manager/`), `host`, the
 * scheme, host and port, and `themename`, `orion` on mgr5 panels. Evidence: ISPmanager 5
 * `binary="/manager/ispmgr" host="https://…" themename="orion"`
 * (web/xjson/fixtures/real/regru-ispmgr5-email.resume.xml), BILLmanager 5 the same with
 * `/billmgr` (laravel-billmgr-auth.xml), ISPmanager 6 `$binary`, `$host`, `$themename`
 * ("dragon", the 6 theme) in khorsa-ispmgr6-*.json. `features`, `notify`, `theme` and
 * `saved_filters` are not sent (emulator README, "document envelope").
 */
function envelope(url: string, panel: string): Record<string, string> {
  const parsed = new URL(url);
  return {
    binary: parsed.pathname.startsWith("/manager/") ? `/manager/${panel}` : `/${panel}`,
    host: parsed.origin,
    themename: "orion",
  };
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const config: EmulatorConfig = { ...defaultConfig, ...options.config };
  const realNow = options.now ?? (() => Date.now());
  let offset = 0;
  const now = () => realNow() + offset;
  const seed = (extraServers = options.extraServers) =>
    createSeedState({ now: now(), extraServers });
  let state = options.state ? upgradeState(options.state, now()) : seed();
  const sessions = new SessionStore();
  const failures = new Map<string, { count: number; blockedUntil: number }>();

  function authenticateAuthinfo(value: string, clientIp: string): User {
    const colon = value.indexOf(":");
    const name = colon === -1 ? value : value.slice(0, colon);
    const password = colon === -1 ? "" : value.slice(colon + 1);
    const user = state.users.find((candidate) => candidate.name === name);
    if (user?.password !== password) {
      recordFailure(clientIp);
      throw new MgrFault("auth", "badpassword");
    }
    if (user.disabled) throw new MgrFault("auth", "disabled", user.name);
    return user;
  }

  function recordFailure(clientIp: string): void {
    const entry = failures.get(clientIp) ?? { count: 0, blockedUntil: 0 };
    entry.count += 1;
    if (entry.count >= config.maxFailedLogins) {
      entry.blockedUntil = now() + config.blockLogonSec * 1000;
      entry.count = 0;
    }
    failures.set(clientIp, entry);
  }

  function blocked(clientIp: string): boolean {
    return (failures.get(clientIp)?.blockedUntil ?? 0) > now();
  }

  /** The caller from authinfo, the auth parameter or the session cookie; undefined when none is given. */
  function resolveCaller(
    params: Params,
    cookies: Record<string, string>,
    clientIp: string,
  ): Caller | undefined {
    let caller: Caller | undefined;
    if (params.authinfo !== undefined) {
      if (blocked(clientIp)) throw new MgrFault("auth", "blocklogon");
      caller = { user: authenticateAuthinfo(params.authinfo, clientIp) };
    } else {
      const sid = params.auth ?? cookies[`${config.panel}ses5`]?.split(":")[0];
      if (sid === undefined || sid === "") return undefined;
      const session = sessions.find(sid, now(), config.idleTimeoutSec * 1000);
      if (!session) throw new MgrFault("access", "session", "", "access.session");
      if (config.bindSessionToIp && session.ip !== clientIp) throw new MgrFault("auth", "badip");
      const user = state.users.find((candidate) => candidate.name === session.username);
      if (!user || user.disabled) {
        sessions.delete(session.id);
        throw new MgrFault("access", "session", "", "access.session");
      }
      session.lastSeen = now();
      caller = { user, session };
    }
    const su = params.su;
    if (su !== undefined && su !== "") {
      const target = state.users.find((candidate) => candidate.name === su);
      if (caller.user.level < 29) throw new MgrFault("access", "su", su);
      if (!target) throw new MgrFault("missed", "user", su);
      const refusal = target.name === caller.user.name ? undefined : suRefusal(caller.user, target);
      if (refusal === "level") throw new MgrFault("access", "su", su);
      if (refusal === "disabled") throw new MgrFault("value", "su", su, "value.sudisabled");
      caller = { user: target, session: caller.session, realUser: caller.user };
    }
    return caller;
  }

  function journal(ctx: FuncContext, func: string): void {
    const params = Object.entries(ctx.params)
      .filter(
        ([name]) =>
          !secretParams.has(name) && name !== "out" && name !== "func" && name !== "sfrom",
      )
      .map(([name, value]) => `${name}=${value.slice(0, 200)}`)
      .join("&");
    state.journal.push({
      id: nextId(state, "journal"),
      time: ctx.now,
      // The person who signed in, and whom they acted as with `su` (an auditable pair).
      user: ctx.caller?.realUser?.name ?? ctx.caller?.user.name ?? "",
      asuser: ctx.caller?.realUser ? ctx.caller.user.name : "",
      ip: ctx.clientIp,
      func,
      params,
      result: "ok",
    });
    if (state.journal.length > 5000) state.journal.splice(0, state.journal.length - 5000);
  }

  async function run(
    params: Params,
    files: UploadedFile[],
    cookies: Record<string, string>,
    clientIp: string,
    lang: Lang,
  ): Promise<{ func: string; reply: Reply }> {
    const func = params.func ?? "";
    const def = functions.get(func);
    let caller: Caller | undefined;
    if (def?.public) {
      try {
        caller = resolveCaller(params, cookies, clientIp);
      } catch {
        caller = undefined;
      }
    } else {
      caller = resolveCaller(params, cookies, clientIp);
      if (!caller) throw new MgrFault("access", "session", "", "access.session");
      if (func === "") throw new MgrFault("missed", "func", "");
      if (!def) throw new MgrFault("missed", "func", func.slice(0, 100));
      if (def.minLevel !== undefined && caller.user.level < def.minLevel)
        throw new MgrFault("access", func);
    }
    const ctx: FuncContext = {
      params,
      files,
      lang,
      clientIp,
      now: now(),
      state,
      config,
      sessions,
      caller,
      failedLogin: () => {
        recordFailure(clientIp);
      },
      loginBlocked: () => blocked(clientIp),
    };
    // Operations whose time has come finish before anything reads the state.
    const finished = advanceOperations(state, ctx.now);
    const reply = await def.handle(ctx);
    if ((finished || reply.saved) && !reply.changed) options.onChange?.(state);
    if (reply.changed) {
      journal(ctx, reply.func ?? func);
      options.onChange?.(state);
    }
    return { func, reply };
  }

  function respond(doc: XNode, out: OutputFormat, lang: Lang, cookies: string[] = []): Response {
    const { body, contentType } = serialize(doc, out, lang);
    const headers = new Headers({ "content-type": contentType, "cache-control": "no-store" });
    for (const cookie of cookies) headers.append("set-cookie", cookie);
    return new Response(body, { status: 200, headers });
  }

  /** A download: the bytes, their type and a file name the browser saves them under. */
  function rawResponse(raw: NonNullable<Reply["raw"]>): Response {
    const ascii = raw.filename.replace(/[^\x20-\x7e]|["\\]/g, "_");
    return new Response(new Uint8Array(raw.body), {
      status: 200,
      headers: {
        "content-type": raw.contentType,
        "content-disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(raw.filename)}`,
        "x-content-type-options": "nosniff",
        "cache-control": "no-store",
      },
    });
  }

  async function handle(request: Request, clientIp: string): Promise<Response> {
    let out: OutputFormat = requestedOut(request.url);
    let lang: Lang = "en";
    try {
      const { params, files } = await readRequest(request);
      lang = pickLang(params.lang);
      const download = functions.get(params.func ?? "")?.download === true;
      if (!download && (params.out === undefined || params.out === "")) {
        return new Response(options.indexHtml?.() ?? fallbackHtml, {
          status: 200,
          headers: { "content-type": "text/html; charset=UTF-8", "cache-control": "no-store" },
        });
      }
      const requested = params.out ?? "";
      if (!download && !isOutputFormat(requested))
        throw new MgrFault("value", "out", requested.slice(0, 64));
      if (isOutputFormat(requested)) out = requested;
      const { func, reply } = await run(params, files, readCookies(request), clientIp, lang);
      if (reply.raw) return rawResponse(reply.raw);
      const tparams = el(
        "tparams",
        {},
        ...Object.entries(params)
          .filter(([name]) => !secretParams.has(name) && /^[A-Za-z_][\w.-]*$/.test(name))
          .map(([name, value]) => leaf(name, value)),
      );
      const doc = el(
        "doc",
        { func: reply.func ?? func, lang, ...envelope(request.url, config.panel) },
        ...reply.children,
        tparams,
      );
      return respond(doc, out, lang, reply.cookies);
    } catch (error) {
      const fault =
        error instanceof MgrFault
          ? error
          : new MgrFault("value", "request", "", undefined, "Internal emulator error");
      if (!(error instanceof MgrFault)) console.error("emulator: unexpected error", error);
      // A real error document has no attributes on `doc`, only `error` (with its own `lang`):
      // web/xjson/fixtures/real/khorsa-ispmgr6-session.newkey-error.json, and BILLmanager's
      // `<doc><error …>` (code-index id 31857086119, testFalseXML).
      return respond(el("doc", {}, errorNode(fault, lang)), out, lang);
    }
  }

  return {
    handle,
    get state() {
      return state;
    },
    config,
    sessions,
    now,
    advanceClock(ms) {
      offset += ms;
    },
    reset(extraServers) {
      offset = 0;
      state = seed(extraServers);
      sessions.clear();
      failures.clear();
      options.onChange?.(state);
    },
  };
}
