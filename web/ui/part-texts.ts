import { useCallback, useContext } from "react";

import { fillMarks, type TextFill } from "./fill-marks";
import { LangContext } from "./lang-context";
import type { UiLang } from "./strings";

/**
 * The words of one part of the interface, in every language, kept beside that part's code. A part
 * whose code is a chunk of its own (a form, a report, the Tasks panel) brings its words with it,
 * so the first screen does not carry them; the shared words stay in `strings-*.ts`. Returns the
 * part's own `useText`, which fills in `{name}` marks.
 */
export function partTexts<K extends string>(tables: Readonly<Record<UiLang, Record<K, string>>>) {
  return function usePartText(): (key: K, fill?: TextFill) => string {
    const lang = useContext(LangContext);
    return useCallback((key: K, fill?: TextFill) => fillMarks(tables[lang][key], fill), [lang]);
  };
}
