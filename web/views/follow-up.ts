import { useLocation } from "react-router";

import { useNavigate } from "../ui/navigation";
import { actAs } from "../api/acting";
import type { OkModel } from "../xjson/model";
import { followUpParams } from "../xjson/parse-ok";
import { funcUrl } from "./urls";

/**
 * What an `ok` that names a follow-up asks for (mgr5-protocol.md §6.9, Q4): `func=x&...` opens
 * that function; with the reserved `su` it also starts acting as that user, and `func=desktop`
 * then means the panel's start page. Returns a handler that is true when it followed one;
 * `replace` takes the place of the current view in history (a form that is done).
 */
export function useFollowUp(
  panel: string,
): (ok: OkModel | undefined, options?: { replace?: boolean }) => boolean {
  const navigate = useNavigate();
  const location = useLocation();
  return (ok, options) => {
    const follow = followUpParams(ok?.text);
    if (!follow?.func) return false;
    const { func, su, ...rest } = follow;
    const target = func === "desktop" && su ? `/${panel}` : funcUrl(panel, func, rest);
    if (su) actAs(su, `${location.pathname}${location.search}`);
    // Acting starts a new history: Back must not lead to the operator's page as the customer.
    navigate(target, { replace: options?.replace === true || su !== undefined });
    return true;
  };
}
