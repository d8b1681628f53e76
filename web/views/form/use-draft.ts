import { useState } from "react";

import { useScope } from "../../api/scope";
import type { FormModel } from "../../xjson/model";
import { draftPrefix } from "./draft-keys";
import { fieldsOf, withoutSecrets } from "./form-values";

/** A draft belongs to one panel, one identity and one object's form. */
function draftKey(owner: string, form: FormModel): string {
  return `${draftPrefix}${owner}|${form.func}|${form.elid}|${form.plid ?? ""}`;
}

function read(key: string): Record<string, string> | undefined {
  try {
    const raw = sessionStorage.getItem(key);
    if (!raw) return undefined;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== "object" || parsed === null) return undefined;
    return Object.fromEntries(
      Object.entries(parsed).filter(
        (entry): entry is [string, string] => typeof entry[1] === "string",
      ),
    );
  } catch {
    return undefined;
  }
}

/**
 * Keeps what the user typed into a form in this tab's sessionStorage until it is saved or
 * cancelled, so a reload or a crashed tab does not lose it. `form` is the form document shown
 * now (a wizard step or a setvalues reply replaces it). Returns the values to start from and
 * whether they came from a draft.
 */
export function useDraft(form: FormModel, initial: Record<string, string>) {
  const scope = useScope();
  const owner = `${scope.panel}|${scope.identity}`;
  const key = draftKey(owner, form);
  const [restored] = useState(() => {
    const draft = read(key);
    if (!draft) return undefined;
    const known = new Set(fieldsOf(form).map((field) => field.name));
    const values = {
      ...initial,
      ...Object.fromEntries(Object.entries(draft).filter(([name]) => known.has(name))),
    };
    return Object.entries(values).some(([name, value]) => initial[name] !== value)
      ? values
      : undefined;
  });
  return {
    restored,
    /** Writes `values` down; `shown` is the form they were typed into, when it just changed. */
    save(values: Record<string, string>, shown: FormModel = form) {
      const changed = Object.entries(values).some(([name, value]) => initial[name] !== value);
      const target = draftKey(owner, shown);
      try {
        if (changed) sessionStorage.setItem(target, JSON.stringify(withoutSecrets(shown, values)));
        else sessionStorage.removeItem(target);
      } catch {
        // A full or disabled storage only loses the safety net, never the form.
      }
    },
    discard() {
      sessionStorage.removeItem(key);
    },
  };
}
