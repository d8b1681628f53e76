import { useMutation, useQueryClient } from "@tanstack/react-query";

import { loadPage, pageType } from "../xjson/load-page";
import type { FormModel, OkModel } from "../xjson/model";
import { parseOk } from "../xjson/parse-ok";
import { mgrCall } from "./client";
import { MalformedReplyError, resultUnknown, UnknownResultError } from "./errors";
import { mgrKeys } from "./keys";
import { currentScope, type Scope } from "./scope";

/** What an action or a submitted form answered: success, or another form (a wizard step). */
export type ActionResult = OkModel | FormModel;

/** One action: a function that changes something, with its parameters and any files. */
export interface ActionCall {
  func: string;
  params: Record<string, string | undefined>;
  /** Files of file inputs by field name: the action goes as multipart/form-data (§6.10). */
  files?: Record<string, File[]>;
  onUploadProgress?: (fraction: number) => void;
}

/**
 * Runs a function that acts (group actions, form submits) and reads its answer. An `error`
 * document arrives as an MgrError from the door; `ok` and forms come back as models. When the
 * answer was lost after the request left, the error is an UnknownResultError: the panel may have
 * done it, so nobody should repeat it blindly. A form whose parser cannot be loaded is a
 * ParserLoadError: the panel answered, and a form means it has not done the action yet.
 */
export async function runAction(
  { func, params, files, onUploadProgress }: ActionCall,
  scope: Scope = currentScope(),
): Promise<ActionResult> {
  let doc;
  try {
    doc = await mgrCall({ func, params, scope, files, onUploadProgress });
  } catch (error) {
    if (resultUnknown(error)) throw new UnknownResultError({ cause: error });
    throw error;
  }
  const ok = parseOk(doc);
  if (ok) return ok;
  // Only a form is read further: its parser is loaded if need be (a list's action rarely gets one).
  const page = pageType(doc) === "form" ? await loadPage(doc) : undefined;
  if (page?.kind === "form") return page;
  throw new MalformedReplyError(`The panel answered ${func} with neither ok nor a form`);
}

/**
 * Runs an action as the identity of the moment it was asked for and, when it succeeds (or may
 * have), refetches everything that identity sees: an action on one list may change others
 * (powering a server changes its connections).
 */
export function useAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (call: ActionCall) => runAction(call, currentScope()),
    onSettled: (result, error) => {
      if (result?.kind === "ok" || error instanceof UnknownResultError)
        return queryClient.invalidateQueries({ queryKey: mgrKeys.identity(currentScope()) });
      return undefined;
    },
  });
}
