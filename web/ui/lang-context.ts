import { createContext, useCallback, useContext } from "react";

import { fillMarks, type TextFill } from "./fill-marks";
import { stringsOf, type StringKey, type UiLang } from "./strings";

/**
 * The language the interface shows. Its words are here before it is provided (the session
 * store switches only then), so `useText` never waits.
 */
export const LangContext = createContext<UiLang>("en");

/** A word of the interface, with its `{name}` marks filled in from `fill`. */
export type Translate = (key: StringKey, fill?: TextFill) => string;

/**
 * The interface's own words in the current language. The same function until the language
 * changes, so effects that use it do not run again on every render.
 */
export function useText(): Translate {
  const lang = useContext(LangContext);
  return useCallback((key, fill) => fillMarks(stringsOf(lang)[key], fill), [lang]);
}
