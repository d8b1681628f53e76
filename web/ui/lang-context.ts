import { createContext, useContext } from "react";

import { strings, type StringKey, type UiLang } from "./strings";

export const LangContext = createContext<UiLang>("en");

/** The interface's own words in the current language. */
export function useText(): (key: StringKey) => string {
  const lang = useContext(LangContext);
  return (key) => strings[lang][key];
}
