import { useRef, useState } from "react";

import { refreshForm } from "../../api/form-calls";
import type { FieldModel, FormModel } from "../../xjson/model";
import { dictOf } from "../../xjson/dict";
import { fieldValue } from "../../xjson/parse-form";

/**
 * Server-side dependent fields (mgr5-protocol.md §6.6): when a field with `setvalues` changes,
 * the form is asked again with every current value and `sv_field`; the answer's option lists and
 * values replace the current ones. An answer overtaken by a newer change is dropped, and
 * `blocking` modes lock the form while it is awaited.
 */
export function useSetValues(
  form: FormModel,
  apply: (next: FormModel, values: Record<string, string>) => void,
) {
  const sequence = useRef(0);
  const [blocking, setBlocking] = useState(false);

  const refresh = async (field: FieldModel, values: Record<string, string>) => {
    if (!field.setvalues) return;
    const mine = ++sequence.current;
    const blocks = field.setvalues.includes("block");
    if (blocks) setBlocking(true);
    try {
      const next = await refreshForm(form, field, values);
      if (mine !== sequence.current || !next) return;
      // Without a prototype, a field named `__proto__` is a value like any other.
      const merged = dictOf(Object.entries(values));
      for (const nextField of next.pages.flatMap((page) => page.fields)) {
        const value = fieldValue(nextField);
        // Passwords are never sent back; keep what was typed.
        if (
          value !== undefined &&
          !(nextField.kind === "text" && nextField.inputType === "password" && value === "")
        )
          merged[nextField.name] = value;
      }
      apply(next, merged);
    } catch {
      // A failed refresh leaves the form as the user has it; the submit will tell what is wrong.
    } finally {
      if (blocks && mine === sequence.current) setBlocking(false);
    }
  };

  return { refresh, blocking };
}
