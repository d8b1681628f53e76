import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";

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

/** What a component hears of one action it ran, while it is still on screen. */
export interface ActionHandlers {
  onSuccess?: (result: ActionResult) => void;
  onError?: (error: unknown) => void;
  /** After either, as the last. */
  onSettled?: () => void;
}

/**
 * Runs actions as the identity of the moment each was asked for and, when one succeeds (or may
 * have), refetches everything that identity sees before it reports: an action on one list may
 * change others (powering a server changes its connections), and what reports it (a notice, a
 * highlighted row) comes with the list as it now is. `isPending` holds while any runs; a component
 * that is gone hears nothing, as with react-query's `useMutation`, whose mutation cache nothing in
 * the console reads and whose observer cost the first list 0.4 KiB.
 */
export function useAction() {
  const queryClient = useQueryClient();
  const [running, setRunning] = useState(0);
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const mutate = useCallback(
    (call: ActionCall, handlers: ActionHandlers = {}) => {
      const scope = currentScope();
      setRunning((count) => count + 1);
      const settle = async (changed: boolean, report: () => void) => {
        if (changed) await queryClient.invalidateQueries({ queryKey: mgrKeys.identity(scope) });
        if (!mounted.current) return;
        setRunning((count) => count - 1);
        try {
          report();
        } finally {
          handlers.onSettled?.();
        }
      };
      void runAction(call, scope).then(
        (result) =>
          settle(result.kind === "ok", () => {
            handlers.onSuccess?.(result);
          }),
        (error: unknown) =>
          settle(error instanceof UnknownResultError, () => {
            handlers.onError?.(error);
          }),
      );
    },
    [queryClient],
  );
  return { mutate, isPending: running > 0 };
}
