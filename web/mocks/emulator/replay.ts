/**
 * `npm run emulator -- --replay <dir>`: answers from a recording of a real panel
 * (scripts/record-proxy.ts) instead of the emulator's own data. Sign-in always succeeds, every
 * other request gets the recorded reply that matches it best, and anything never recorded gets
 * the panel's `missed` error. The matching rules are in this folder's README.
 */
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { errorNode, MgrFault } from "./errors";
import { pickLang } from "./i18n";
import type { Params } from "./params";
import { readCookies } from "./params";
import {
  requestParams,
  secretParams,
  sessionPlaceholder,
  type Recording,
  type RecordingIndex,
} from "./recording";
import { isOutputFormat, serialize, type OutputFormat } from "./serializers";
import { el, type XNode } from "./tree";

export interface ReplayOptions {
  /** The built app's index.html, answered to requests without `out` (navigations). */
  indexHtml?: () => string | undefined;
  /** The panel name when the recording does not tell (its requests' path). */
  panel?: string;
}

export interface Replay {
  handle(request: Request, clientIp: string): Promise<Response>;
  readonly config: { panel: string };
  /** The recorded replies, in the order they were recorded. */
  readonly recordings: readonly Recording[];
}

/** Parameters that never identify a view: credentials, the caller's marks, the format. */
const ignoredParams = new Set([...secretParams, "sfrom", "operafake", "out", "_"]);
/**
 * Parameters that must be equal for a reply to answer a request: another format, object, page, a
 * submit, another user acted as (`su`) or another field's dependent values (`sv_field`).
 */
const requiredParams = ["out", "elid", "plid", "sok", "p_num", "su", "sv_field"];
/** The console's session checks: a recorded "session ended" reply to them is never replayed. */
const sessionChecks = new Set(["keepalive", "whoami"]);

function isRecording(value: unknown): value is Recording {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Partial<Recording>;
  return (
    typeof record.request?.func === "string" &&
    typeof record.request.params === "object" &&
    typeof record.reply?.body === "string" &&
    typeof record.reply.status === "number"
  );
}

/** Reads the recordings of a folder: those index.json lists, or every *.json in it. */
export function loadRecordings(dir: string): Recording[] {
  if (!existsSync(dir)) throw new Error(`no recording at ${dir}`);
  const indexFile = join(dir, "index.json");
  let files: string[];
  if (existsSync(indexFile)) {
    const index = JSON.parse(readFileSync(indexFile, "utf8")) as Partial<RecordingIndex>;
    files = (index.entries ?? []).map((entry) => entry.file);
  } else {
    files = readdirSync(dir)
      .filter((name) => name.endsWith(".json"))
      .sort();
  }
  const recordings: Recording[] = [];
  for (const file of files) {
    try {
      const value: unknown = JSON.parse(readFileSync(join(dir, file), "utf8"));
      if (isRecording(value)) recordings.push(value);
      else console.warn(`replay: ${file} is not a recorded reply; skipped`);
    } catch (error) {
      console.warn(`replay: ${file} could not be read; skipped:`, error);
    }
  }
  return recordings;
}

/** Whether a reply is the panel's `auth` or `access` error: a session that ended, for a check. */
function isSessionError(body: string): boolean {
  return /<error\b[^>]*\btype="(?:auth|access)"|"error"\s*:\s*\[?\s*\{[^{}]*?"\$type"\s*:\s*"(?:auth|access)"/.test(
    body,
  );
}

function freshSessionId(): string {
  return randomBytes(12).toString("hex");
}

/** How well a recorded request answers this one; undefined when it cannot. */
function score(wanted: Params, recorded: Params): number | undefined {
  for (const name of requiredParams)
    if ((wanted[name] ?? "") !== (recorded[name] ?? "")) return undefined;
  // A setvalues reply answers the value it was asked for: the field that changed must agree.
  const changed = wanted.sv_field;
  if (changed && (wanted[changed] ?? "") !== (recorded[changed] ?? "")) return undefined;
  // A validator's verdict is about one value (mgr5-protocol.md §6.8).
  if (
    (wanted.func ?? "").startsWith("check.") &&
    ["value", "args"].some((name) => (wanted[name] ?? "") !== (recorded[name] ?? ""))
  )
    return undefined;
  let points = 0;
  const names = new Set([...Object.keys(wanted), ...Object.keys(recorded)]);
  for (const name of names) {
    if (ignoredParams.has(name) || requiredParams.includes(name)) continue;
    points += wanted[name] === recorded[name] ? 1 : -1;
  }
  return points;
}

/** Creates a replay of the recording in `dir` (throws if there is none). */
export function createReplay(dir: string, options: ReplayOptions = {}): Replay {
  const recordings = loadRecordings(dir);
  const panel =
    /([a-z][a-z0-9_]*)$/.exec(recordings[0]?.request.path ?? "")?.[1] ?? options.panel ?? "dcimgr";
  const authReply = [...recordings]
    .reverse()
    .find(
      (record) => record.request.func === "auth" && /<auth\b|"auth"\s*:/.test(record.reply.body),
    );
  const level = /\blevel"?\s*[:=]\s*"(\d+)"/.exec(authReply?.reply.body ?? "")?.[1] ?? "29";
  const userOf = new Map<string, string>();

  const answer = (doc: XNode, out: string, lang: string, headers: Record<string, string> = {}) => {
    const format: OutputFormat = ["json", "xjson", "sjson"].includes(out)
      ? (out as OutputFormat)
      : "xml";
    const { body, contentType } = serialize(doc, format, lang);
    return new Response(body, {
      status: 200,
      headers: { "content-type": contentType, ...headers },
    });
  };
  const fault = (fault: MgrFault, out: string, lang: string) =>
    answer(el("doc", { lang: pickLang(lang) }, errorNode(fault, pickLang(lang))), out, lang);

  const best = (func: string, params: Params): Recording | undefined => {
    let found: Recording | undefined;
    let points = -Infinity;
    for (const record of recordings) {
      if (record.request.func !== func) continue;
      // Sessions never end in a replay: what a check heard when one had ended is not repeated.
      if (sessionChecks.has(func) && isSessionError(record.reply.body)) continue;
      const value = score(params, record.request.params);
      // Later recordings win ties: the panel's latest answer.
      if (value !== undefined && value >= points) {
        found = record;
        points = value;
      }
    }
    return found;
  };

  const handle = async (request: Request): Promise<Response> => {
    const { params, error } = await requestParams(request);
    const out = params.out ?? "";
    const lang = params.lang ?? "en";
    if (error !== undefined)
      return fault(new MgrFault("value", "body", "", "value.body"), out, lang);
    const func = params.func ?? "";
    if (out === "") {
      const html = options.indexHtml?.();
      if (html !== undefined)
        return new Response(html, { headers: { "content-type": "text/html; charset=UTF-8" } });
    }
    const session = params.auth || readCookies(request)[`${panel}ses5`] || undefined;
    if (func === "auth") {
      const id = freshSessionId();
      userOf.set(id, params.username || "user");
      return answer(
        el("doc", { func: "auth", lang: pickLang(lang) }, el("auth", { id, level }, id)),
        out,
        lang,
        { "set-cookie": `${panel}ses5=${id}; Path=/; HttpOnly; SameSite=Lax` },
      );
    }
    const recorded = best(func, params);
    if (recorded === undefined) {
      if (func === "keepalive" || func === "logon")
        return answer(el("doc", { func, lang: pickLang(lang) }, el("ok", {})), out, lang);
      if (func === "whoami") {
        const name = (session && userOf.get(session)) || "user";
        return answer(
          el("doc", { func, lang: pickLang(lang) }, el("user", { name, level }, name)),
          out,
          lang,
        );
      }
      return fault(new MgrFault("missed", "func", func), out, lang);
    }
    const { reply } = recorded;
    const body =
      reply.encoding === "base64"
        ? Buffer.from(reply.body, "base64")
        : reply.body.replaceAll(sessionPlaceholder, session ?? freshSessionId());
    return new Response(body, {
      status: reply.status,
      headers: reply.contentType ? { "content-type": reply.contentType } : {},
    });
  };

  return {
    config: { panel },
    recordings,
    handle: async (request) => {
      try {
        return await handle(request);
      } catch (error) {
        console.error("replay: failed to answer", error);
        const out = /[?&]out=([A-Za-z]+)/.exec(request.url)?.[1] ?? "xml";
        return fault(
          new MgrFault("value", "body", "", "value.body"),
          isOutputFormat(out) ? out : "xml",
          "en",
        );
      }
    },
  };
}
