import {
  CodeLoadError,
  MalformedReplyError,
  MgrError,
  NetworkError,
  UnknownResultError,
} from "../api/errors";
import type { Translate } from "../ui/lang-context";

/** A failure the interface itself found, whose message is already written for people. */
export class PlainError extends Error {
  override name = "PlainError";
}

/** A failure said plainly: the panel's own words for its errors, ours for the rest. */
export function errorMessage(error: unknown, t: Translate): string {
  if (error instanceof PlainError) return error.message;
  if (error instanceof UnknownResultError) return t("resultUnknown");
  if (error instanceof NetworkError) return t("networkFailure");
  if (error instanceof CodeLoadError) return t("codeLoadFailed");
  if (error instanceof MalformedReplyError) return t("malformed");
  if (error instanceof MgrError) return error.detail.message;
  return t("loadFailed");
}
