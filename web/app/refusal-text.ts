import { MgrError, NetworkError } from "../api/errors";
import type { Translate } from "../ui/lang-context";
import type { StringKey } from "../ui/strings";

const knownRefusals = new Set<string>(["badpassword", "blocklogon", "badip"]);

/** Why a login was refused, in the interface's words where it knows the reason. */
export function refusalText(error: unknown, t: Translate): string {
  if (error instanceof NetworkError) return t("networkFailure");
  if (error instanceof MgrError) {
    const object = error.detail.object;
    return knownRefusals.has(object) ? t(object as StringKey) : error.detail.message;
  }
  return t("malformed");
}
