import { useQuery } from "@tanstack/react-query";

import { desktopQuery } from "./queries";
import { useScope } from "./scope";
import { useSessionStore } from "./session-store";

/**
 * The access level requests run with (mgr5-protocol.md §2.9): while an operator acts as a
 * customer (`su`) it is the customer's, as the panel's menu for that identity says, so the
 * console offers what the customer would see; otherwise the signed-in user's from `auth`.
 */
export function useLevel(): number {
  const scope = useScope();
  const signedIn = useSessionStore((state) => state.level);
  const { data: desktop } = useQuery({ ...desktopQuery(scope), enabled: scope.su !== undefined });
  if (scope.su !== undefined) return desktop?.level ?? 0;
  return signedIn ?? 0;
}
