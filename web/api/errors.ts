import type { ErrorModel } from "../xjson/model";

/**
 * Every failure at the network door is one of these, so callers branch on the class and never
 * on HTTP details or wire shapes.
 */
export abstract class RequestError extends Error {}

/** The panel answered with an `error` document (HTTP 200, mgr5-protocol.md §8). */
export class MgrError extends RequestError {
  constructor(readonly detail: ErrorModel) {
    super(detail.message);
    this.name = "MgrError";
  }

  /** The error names a form field (`value` errors carry the field in `object`). */
  get field(): string | undefined {
    return this.detail.type === "value" && this.detail.object !== ""
      ? this.detail.object
      : undefined;
  }
}

/**
 * An authenticated call was refused with `access` or `auth`: the session is gone (§2.7).
 * Sign in again; nothing the user typed needs to be dropped.
 */
export class SessionExpiredError extends MgrError {
  constructor(detail: ErrorModel) {
    super(detail);
    this.name = "SessionExpiredError";
  }
}

/** The request never got an answer, or the HTTP layer failed (proxy down, 502, dropped connection). */
export class NetworkError extends RequestError {
  constructor(
    message: string,
    readonly status?: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = "NetworkError";
  }
}

/** The answer was not an mgr5 JSON document (truncated body, an HTML page, garbage). */
export class MalformedReplyError extends RequestError {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = "MalformedReplyError";
  }
}

/**
 * Code of the console's own that a request needs (the upload of a form's files) could not be
 * fetched: a deployment replaced the files, or the connection failed. Nothing was sent, so the
 * result is known: nothing was done.
 */
export class CodeLoadError extends RequestError {
  constructor(options?: ErrorOptions) {
    super("Code the request needs could not be loaded; nothing was sent", options);
    this.name = "CodeLoadError";
  }
}

/**
 * Loads a chunk of the console's own code (a dynamic import) that an action needs; a chunk that
 * cannot be fetched is a `CodeLoadError`, so the action is reported as not sent.
 */
export function loadCode<T>(load: () => Promise<T>): Promise<T> {
  return load().catch((error: unknown) => {
    throw new CodeLoadError({ cause: error });
  });
}

/**
 * A request of one identity was about to leave after the tab changed identity (logout, another
 * user, acting as a customer): it is dropped, never sent with the new identity's session.
 */
export class IdentityChangedError extends RequestError {
  constructor() {
    super("The request belonged to a user who is no longer signed in here");
    this.name = "IdentityChangedError";
  }
}

/**
 * An action's answer was lost after it was sent (the connection broke, the body was cut): the
 * panel may or may not have done it, so the user is told to look instead of trying again.
 */
export class UnknownResultError extends RequestError {
  constructor(options?: ErrorOptions) {
    super("The result of the action is unknown", options);
    this.name = "UnknownResultError";
  }
}

/**
 * Whether a failure of a request that changes something leaves its result unknown: the request
 * may have reached the panel and been done. No answer, a broken body and any 5xx qualify (a proxy
 * answers 502 both when the panel was down and when it closed the connection after the work);
 * a 4xx means the request was turned away before it reached the panel.
 */
export function resultUnknown(error: unknown): boolean {
  if (error instanceof MalformedReplyError) return true;
  return error instanceof NetworkError && (error.status === undefined || error.status >= 500);
}

/** Whether retrying the same request may help: only transport failures qualify. */
export function isTransient(error: unknown): boolean {
  return error instanceof NetworkError && (error.status === undefined || error.status >= 500);
}
