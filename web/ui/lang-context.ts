import { createContext, useCallback, useContext } from "react";

import { stringsOf, type StringKey, type UiLang } from "./strings";

/**
 * The language the interface shows. Its words are here before it is provided (the session
 * store switches only then), so `useText` never waits.
 */
export const LangContext = createContext<UiLang>("en");

/**
 * The interface's own words in the current language. The same function until the language
 * changes, so effects that use it do not run again on every render.
 */
export function useText(): (key: StringKey) => string {
  const lang = useContext(LangContext);
  return useCallback((key: StringKey) => stringsOf(lang)[key], [lang]);
}
