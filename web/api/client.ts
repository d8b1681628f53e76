import { parseError } from "../xjson/parse-error";
import { docOf, MalformedDocumentError } from "../xjson/doc-of";
import type { WireNode } from "../xjson/wire";
import {
  IdentityChangedError,
  loadCode,
  MalformedReplyError,
  MgrError,
  NetworkError,
  SessionExpiredError,
} from "./errors";
import { waitForSession } from "./reauth";
import { currentScope, identityOf, type Scope } from "./scope";
import { useSessionStore } from "./session-store";
import type { UploadProgress } from "./upload";

/** One call of a panel function: the door adds out, sfrom, lang and the session. */
export interface MgrCall {
  func: string;
  params?: Record<string, string | undefined>;
  signal?: AbortSignal;
  /** Send the session id and treat `access`/`auth` errors as an expired session. Default true. */
  authenticated?: boolean;
  /**
   * Whose request this is (a query's scope). Its panel, language and `su` are sent; if the tab's
   * identity changed since, the call is refused with IdentityChangedError instead of being sent
   * with somebody else's session. Default: the tab's scope now.
   */
  scope?: Scope;
  /**
   * A session that is not (yet) the tab's: a key login asks who it signed in before the session
   * becomes the tab's. Sent as `auth`, without `su`; only with `authenticated: false`.
   */
  session?: string;
  /** Files of the form's file inputs, by field name: the call goes as multipart (§6.10). */
  files?: Record<string, File[]>;
  /** How much of a multipart body has been sent, 0 to 1. */
  onUploadProgress?: UploadProgress;
}

const uploadCode = () => import("./upload");

/**
 * Fetches the code that uploads a form's files ahead of the submit: a file input calls it when a
 * file is chosen, so pressing OK waits for nothing more than the upload itself. A fetch that
 * fails is asked for again by the submit.
 */
export function preloadUpload(): void {
  uploadCode().catch(() => undefined);
}

/**
 * POSTs a form with files (§6.10). Only such forms need it, so its code is not part of the first
 * screen; code that cannot be fetched fails before anything is sent (CodeLoadError).
 */
async function upload(url: string, body: FormData, call: MgrCall): Promise<string> {
  const code = await loadCode(uploadCode);
  return code.postMultipart(url, body, call.signal, call.onUploadProgress);
}

/** Parameters the door sets itself; a caller's values for them are ignored. */
const reserved = new Set(["out", "sfrom", "auth", "authinfo", "su"]);

function body(call: MgrCall, sessionId: string | undefined, scope: Scope): URLSearchParams {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(call.params ?? {})) {
    if (value !== undefined && !reserved.has(name)) form.set(name, value);
  }
  form.set("func", call.func);
  form.set("out", "xjson");
  form.set("sfrom", "ajax");
  form.set("lang", scope.lang);
  if (call.session !== undefined) form.set("auth", call.session);
  else if (sessionId !== undefined && call.authenticated !== false) {
    form.set("auth", sessionId);
    if (scope.su) form.set("su", scope.su);
  }
  return form;
}

/** The same parameters as a multipart body, with the files under their fields' names. */
function multipart(form: URLSearchParams, files: Record<string, File[]>): FormData {
  const data = new FormData();
  for (const [name, value] of form) data.append(name, value);
  for (const [name, list] of Object.entries(files))
    for (const file of list) data.append(name, file, file.name);
  return data;
}

async function post(url: string, form: URLSearchParams, signal?: AbortSignal): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      body: form,
      signal,
      credentials: "same-origin",
      headers: { accept: "application/json" },
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new NetworkError("The panel could not be reached", undefined, { cause: error });
  }
  if (!response.ok)
    throw new NetworkError(`The panel answered HTTP ${response.status}`, response.status);
  try {
    return await response.text();
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new NetworkError("The connection broke while reading the answer", undefined, {
      cause: error,
    });
  }
}

let lastRequestAt = 0;

/** When the last request left: the keep-alive only speaks when nothing else did. */
export function lastRequestTime(): number {
  return lastRequestAt;
}

/**
 * The one door to the panel: POSTs urlencoded to `/<panel>` with `out=xjson`, `sfrom=ajax`,
 * the language and the session (mgr5-protocol.md §11), and returns the reply's `doc`.
 * Every failure becomes a typed error: NetworkError, MalformedReplyError, MgrError, or
 * SessionExpiredError. When the session has expired, the call waits for the user to sign in
 * again (one dialog for every waiting call) and is sent once more; nothing typed is lost.
 */
export async function mgrCall(call: MgrCall): Promise<WireNode> {
  if (call.authenticated === false) return send(call);
  if (useSessionStore.getState().status === "expired") await waitForSession(call.signal);
  try {
    return await send(call);
  } catch (error) {
    if (!(error instanceof SessionExpiredError)) throw error;
    await waitForSession(call.signal);
    return send(call);
  }
}

/** The `doc` of a reply body. The body type is not trusted (a panel once sent JSON as text/plain). */
function decode(raw: string): WireNode {
  try {
    return docOf(JSON.parse(raw) as unknown);
  } catch (error) {
    const reason =
      error instanceof MalformedDocumentError ? error.message : "the answer is not JSON";
    throw new MalformedReplyError(`The panel sent an unreadable answer (${reason})`, {
      cause: error,
    });
  }
}

async function send(call: MgrCall): Promise<WireNode> {
  const state = useSessionStore.getState();
  const scope = call.scope ?? currentScope();
  const authenticated = call.authenticated !== false;
  if (authenticated && (scope.panel !== state.panel || scope.identity !== identityOf(state)))
    throw new IdentityChangedError();
  const { sessionId } = state;
  lastRequestAt = Date.now();
  const form = body(call, sessionId, scope);
  const raw = call.files
    ? await upload(`/${scope.panel}`, multipart(form, call.files), call)
    : await post(`/${scope.panel}`, form, call.signal);

  const doc = decode(raw);
  const detail = parseError(doc);
  if (!detail) return doc;
  if (
    authenticated &&
    sessionId !== undefined &&
    (detail.type === "access" || detail.type === "auth")
  ) {
    // `access` also means "not allowed": only a session that no longer answers has expired.
    if (await sessionAnswers(scope, sessionId)) throw new MgrError(detail);
    // A request that left before a fresh sign-in must not expire the new session.
    if (useSessionStore.getState().sessionId === sessionId) useSessionStore.getState().expire();
    throw new SessionExpiredError(detail);
  }
  throw new MgrError(detail);
}

/** Whether the panel still knows this session: a cheap `whoami` with it. */
async function sessionAnswers(scope: Scope, sessionId: string): Promise<boolean> {
  try {
    // Without `su`: the question is whether the session lives, not what the acted-as user may do.
    const plain = { ...scope, su: undefined };
    const raw = await post(`/${scope.panel}`, body({ func: "whoami" }, sessionId, plain));
    return parseError(decode(raw)) === undefined;
  } catch {
    return false;
  }
}
