import { useMutation, useQueryClient } from "@tanstack/react-query";

import type { FormModel, OkModel } from "../xjson/model";
import { parseOk } from "../xjson/parse-ok";
import { parsePage } from "../xjson/parse-page";
import { mgrCall } from "./client";
import { MalformedReplyError } from "./errors";
import { mgrKeys } from "./keys";
import { useSessionStore } from "./session-store";

/** What an action or a submitted form answered: success, or another form (a wizard step). */
export type ActionResult = OkModel | FormModel;

/**
 * Runs a function that acts (group actions, form submits) and reads its answer. An `error`
 * document arrives as an MgrError from the door; `ok` and forms come back as models.
 */
export async function runAction(
  func: string,
  params: Record<string, string | undefined>,
): Promise<ActionResult> {
  const doc = await mgrCall({ func, params });
  const ok = parseOk(doc);
  if (ok) return ok;
  const page = parsePage(doc);
  if (page.kind === "form") return page;
  throw new MalformedReplyError(`The panel answered ${func} with neither ok nor a form`);
}

/**
 * Runs an action and, when it succeeds, refetches everything of the panel: an action on one
 * list may change others (powering a server changes its connections).
 */
export function useAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ func, params }: { func: string; params: Record<string, string | undefined> }) =>
      runAction(func, params),
    onSuccess: (result) => {
      if (result.kind === "ok")
        return queryClient.invalidateQueries({
          queryKey: mgrKeys.panel(useSessionStore.getState().panel),
        });
      return undefined;
    },
  });
}
