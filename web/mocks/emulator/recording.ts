/**
 * The recording format shared by the recording proxy (scripts/record-proxy.ts) and the replay
 * (replay.ts): one JSON file per reply of a real panel, and an index.json that lists them.
 * Secrets never reach a file: passwords, keys and session ids are replaced by placeholders.
 */
import { readRequest, type Params } from "./params";

export const recordingVersion = 1;

/** Stands for a session id in a recorded body; the replay puts the caller's session back. */
export const sessionPlaceholder = "SCRUBBED-SESSION";
/** Stands for a password, key or any other secret parameter. */
export const secretPlaceholder = "SCRUBBED";

/** Parameters whose values are secrets (the panel never echoes them either, Q13). */
export const secretParams = new Set(["password", "passwd", "confirm", "key", "authinfo", "auth"]);

export interface RecordedRequest {
  method: string;
  /** `/dcimgr` or `/manager/dcimgr`. */
  path: string;
  func: string;
  /** Query and body merged, the body winning, secrets scrubbed. */
  params: Params;
  /** Fields of a multipart body that carried files (their contents are not kept). */
  files: string[];
}

export interface RecordedReply {
  status: number;
  contentType: string;
  /** UTF-8 text, or base64 when `encoding` says so (anything that is not text). */
  body: string;
  encoding?: "base64";
}

export interface Recording {
  version: number;
  seq: number;
  /** ISO time of the reply. */
  time: string;
  request: RecordedRequest;
  reply: RecordedReply;
}

export interface IndexEntry {
  file: string;
  seq: number;
  time: string;
  method: string;
  func: string;
  params: Params;
  status: number;
}

export interface RecordingIndex {
  version: number;
  /** Where it was recorded from, without credentials. */
  source: string;
  entries: IndexEntry[];
}

/** The file a reply is written to: sequence and func, e.g. `0007-server.edit.json`. */
export function recordingFileName(seq: number, func: string): string {
  const safe = func.replace(/[^A-Za-z0-9._-]/g, "_").slice(0, 80) || "none";
  return `${String(seq).padStart(4, "0")}-${safe}.json`;
}

/** The parameters with every secret value replaced by the placeholder. */
export function scrubParams(params: Params): Params {
  const scrubbed: Params = {};
  for (const [name, value] of Object.entries(params))
    scrubbed[name] = secretParams.has(name) && value !== "" ? secretPlaceholder : value;
  return scrubbed;
}

/** Session ids named in a reply: `<auth id=...>` in XML, `"auth":{"$id":...}` in JSON. */
export function sessionIdsInBody(body: string): string[] {
  const ids: string[] = [];
  for (const match of body.matchAll(/<auth\b[^>]*\bid="([^"]+)"/g)) ids.push(match[1] ?? "");
  for (const match of body.matchAll(/<auth\b[^>]*>([^<]+)<\/auth>/g)) ids.push(match[1] ?? "");
  for (const match of body.matchAll(/"auth"\s*:\s*\{([^{}]*)\}/g)) {
    const inner = match[1] ?? "";
    for (const value of inner.matchAll(/"\$(?:id)?"\s*:\s*"([^"]+)"/g)) ids.push(value[1] ?? "");
  }
  return ids.filter((id) => id.length >= 6);
}

/** Session ids in `Set-Cookie`/`Cookie` headers: `<panel>ses5=...`. */
export function sessionIdsInCookies(headers: string[]): string[] {
  const ids: string[] = [];
  for (const header of headers)
    for (const match of header.matchAll(/\b[a-z][a-z0-9_]*ses5=([^;,\s]+)/g))
      if (match[1] && match[1].length >= 6) ids.push(match[1]);
  return ids;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The body with every known secret replaced: session ids by the session placeholder, other
 * secrets (passwords, keys, the password half of `authinfo`) by the secret placeholder.
 */
export function scrubBody(body: string, sessionIds: Iterable<string>, secrets: Iterable<string>) {
  let scrubbed = body;
  const replace = (value: string, by: string) => {
    if (value.length < 4) return;
    scrubbed = scrubbed.replace(new RegExp(escapeRegExp(value), "g"), by);
    // A JSON or XML body may carry it escaped; the common escapes are covered by the raw form.
  };
  for (const id of new Set(sessionIds)) replace(id, sessionPlaceholder);
  for (const secret of new Set(secrets)) replace(secret, secretPlaceholder);
  return scrubbed;
}

/** The secret values among the parameters (and `authinfo`'s password), for scrubBody. */
export function secretValues(params: Params): string[] {
  const values: string[] = [];
  for (const [name, value] of Object.entries(params)) {
    if (!secretParams.has(name) || value === "") continue;
    if (name === "auth") continue; // a session id: scrubbed as a session
    values.push(value);
    if (name === "authinfo" && value.includes(":"))
      values.push(value.slice(value.indexOf(":") + 1));
  }
  return values;
}

/** Whether a content type is text that can be stored as such. */
export function isTextual(contentType: string): boolean {
  return /^(text\/|application\/(json|xml|javascript)|[^;]*\+(json|xml))/i.test(contentType);
}

/** Parameters and file fields of a request, read like the panel does; never throws. */
export async function requestParams(
  request: Request,
): Promise<{ params: Params; files: string[]; error?: string }> {
  try {
    const data = await readRequest(request);
    return { params: data.params, files: [...new Set(data.files.map((file) => file.field))] };
  } catch (error) {
    const query = new URL(request.url).searchParams;
    const params: Params = {};
    query.forEach((value, name) => {
      params[name] = value;
    });
    return { params, files: [], error: error instanceof Error ? error.message : String(error) };
  }
}
