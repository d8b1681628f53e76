import { createContext, useCallback, useContext } from "react";

import { strings, type StringKey, type UiLang } from "./strings";

export const LangContext = createContext<UiLang>("en");

/**
 * The interface's own words in the current language. The same function until the language
 * changes, so effects that use it do not run again on every render.
 */
export function useText(): (key: StringKey) => string {
  const lang = useContext(LangContext);
  return useCallback((key: StringKey) => strings[lang][key], [lang]);
}
