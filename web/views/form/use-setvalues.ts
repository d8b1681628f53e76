import { useEffect, useLayoutEffect, useRef, useState } from "react";

import { refreshForm } from "../../api/form-calls";
import { dictOf, lookup } from "../../xjson/dict";
import type { FormModel } from "../../xjson/model";
import type { SetValuesMode } from "../../xjson/form-model";
import { fieldValue } from "../../xjson/parse-form";

/** How a field's value changed: typed (a keystroke), chosen (a finished choice), or left. */
export type ChangeKind = "typed" | "chosen" | "left";

/** What asks for new values: a field with `setvalues`, or a `setvalues` button. */
export interface SetValuesTrigger {
  name: string;
  setvalues?: SetValuesMode;
}

interface Options {
  form: FormModel;
  /** The values on screen now: what a reply must not overwrite if they changed meanwhile. */
  currentValues: () => Record<string, string>;
  currentFiles: () => Record<string, File[]>;
  apply: (next: FormModel, values: Record<string, string>) => void;
}

/** Typing pauses this long before the panel is asked, so ten keystrokes are one request. */
export const typingPauseMs = 400;

/**
 * Server-side dependent fields (mgr5-protocol.md §6.6): when a field with `setvalues` changes,
 * the form is asked again with every current value and `sv_field`; the reply's options and
 * values replace the current ones. Modes: `final` asks only when the change is finished,
 * `blocking` locks the form meanwhile, `skipfiles` leaves files out, a number asks again every
 * that many seconds. Typing is debounced, a newer request cancels an older one, and a value
 * typed after a request left is never overwritten by its reply.
 */
export function useSetValues({ form, currentValues, currentFiles, apply }: Options) {
  const [blocking, setBlocking] = useState(false);
  const inFlight = useRef<AbortController | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastSent = useRef(new Map<string, string>());
  const latest = useRef({ form, currentValues, currentFiles, apply });
  useLayoutEffect(() => {
    latest.current = { form, currentValues, currentFiles, apply };
  });

  const send = async (field: SetValuesTrigger) => {
    const mode = field.setvalues;
    if (!mode) return;
    clearTimeout(timer.current);
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    const { form: asked, currentValues: values, currentFiles: files } = latest.current;
    const sent = values();
    lastSent.current.set(field.name, lookup(sent, field.name) ?? "");
    if (mode.blocking) setBlocking(true);
    try {
      const next = await refreshForm(asked, field, sent, {
        files: mode.skipFiles ? undefined : files(),
        signal: controller.signal,
      });
      if (controller.signal.aborted || !next) return;
      const now = latest.current.currentValues();
      // Without a prototype, a field named `__proto__` is a value like any other.
      const merged = dictOf(Object.entries(now));
      for (const nextField of next.pages.flatMap((page) => page.fields)) {
        const value = fieldValue(nextField);
        const typedMeanwhile =
          (lookup(now, nextField.name) ?? "") !== (lookup(sent, nextField.name) ?? "");
        const keepPassword =
          nextField.kind === "text" && nextField.inputType === "password" && value === "";
        if (value !== undefined && !typedMeanwhile && !keepPassword) merged[nextField.name] = value;
      }
      latest.current.apply(next, merged);
    } catch {
      // A failed or cancelled refresh leaves the form as the user has it; the submit will tell.
    } finally {
      if (inFlight.current === controller) {
        inFlight.current = undefined;
        setBlocking(false);
      }
    }
  };

  const changed = (field: SetValuesTrigger, how: ChangeKind) => {
    const mode = field.setvalues;
    if (!mode) return;
    if (how === "chosen") void send(field);
    else if (how === "left") {
      clearTimeout(timer.current);
      const value = lookup(latest.current.currentValues(), field.name) ?? "";
      if (lastSent.current.get(field.name) !== value) void send(field);
    } else if (!mode.final) {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void send(field), typingPauseMs);
    }
  };

  // Fields that ask to be refreshed every N seconds (`setvalues="<seconds>"`).
  const repeating = form.pages
    .flatMap((page) => page.fields)
    .filter((field) => field.setvalues?.repeatSec !== undefined);
  const repeatKey = repeating
    .map((field) => `${field.name}:${String(field.setvalues?.repeatSec)}`)
    .join("|");
  useEffect(() => {
    const timers = repeating.map((field) =>
      setInterval(() => void send(field), (field.setvalues?.repeatSec ?? 60) * 1000),
    );
    return () => {
      for (const id of timers) clearInterval(id);
    };
    // The timers follow the repeating fields; their identity changes with every reply.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [repeatKey]);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      inFlight.current?.abort();
    },
    [],
  );

  return { changed, blocking };
}
