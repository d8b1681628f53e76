import { useState } from "react";

import type { FieldModel, FormModel } from "../../xjson/model";

const prefix = "dci-console.draft.";

function draftKey(form: FormModel): string {
  return `${prefix}${form.func}|${form.elid}|${form.plid ?? ""}`;
}

/** Passwords are never written down, not even in this tab's storage. */
function storable(fields: FieldModel[], values: Record<string, string>): Record<string, string> {
  const secret = new Set(
    fields
      .filter((field) => field.kind === "text" && field.inputType === "password")
      .map((field) => field.name),
  );
  return Object.fromEntries(Object.entries(values).filter(([name]) => !secret.has(name)));
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
 * cancelled, so a reload or a crashed tab does not lose it. Returns the values to start from and
 * whether they came from a draft.
 */
export function useDraft(form: FormModel, fields: FieldModel[], initial: Record<string, string>) {
  const key = draftKey(form);
  const [restored] = useState(() => {
    const draft = read(key);
    if (!draft) return undefined;
    const known = new Set(fields.map((field) => field.name));
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
    save(values: Record<string, string>) {
      const changed = Object.entries(values).some(([name, value]) => initial[name] !== value);
      try {
        if (changed) sessionStorage.setItem(key, JSON.stringify(storable(fields, values)));
        else sessionStorage.removeItem(key);
      } catch {
        // A full or disabled storage only loses the safety net, never the form.
      }
    },
    discard() {
      sessionStorage.removeItem(key);
    },
  };
}

/** Forgets every draft of this tab (logout). */
export function clearDrafts(): void {
  for (const key of Object.keys(sessionStorage))
    if (key.startsWith(prefix)) sessionStorage.removeItem(key);
}
