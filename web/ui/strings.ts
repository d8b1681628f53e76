import { en } from "./strings-en";

/**
 * The languages the interface has its own words in: the session store's `Lang`, spelled again
 * because ui/ imports nothing outside itself.
 */
export type UiLang = "en" | "ru";
/** A key of the interface's own words; English's table decides them, every other must match it. */
export type StringKey = keyof typeof en;
/** One language's words, as `useText` reads them. */
export type Strings = Readonly<Record<StringKey, string>>;

/**
 * Each language but English, in a chunk of its own: a tab fetches only the words it shows (both
 * languages in the first script cost an English tab 2.2 KiB gzip more). English, the default,
 * stays in the first script: as a chunk of its own it would cost an English tab about as many
 * bytes and one more request before the first page.
 */
const fetchers: Record<Exclude<UiLang, "en">, () => Promise<Strings>> = {
  ru: () => import("./strings-ru").then((module) => module.ru),
};

const loaded: Partial<Record<UiLang, Strings>> = { en };
const loading = new Map<UiLang, Promise<void>>();

/**
 * The words of `lang`. Nothing switches to a language before `loadStrings` has them, so the
 * English fallback is only a guard: a key is never shown in place of a word.
 */
export function stringsOf(lang: UiLang): Strings {
  return loaded[lang] ?? en;
}

/**
 * Fetches the words of `lang` before anything shows it: `undefined` when they are here already
 * (English always is), so the language can switch at once; otherwise a promise that settles when
 * they are. A failed fetch rejects, and the next call tries again.
 */
export function loadStrings(lang: UiLang): Promise<void> | undefined {
  if (lang === "en" || loaded[lang]) return undefined;
  let pending = loading.get(lang);
  if (!pending) {
    pending = fetchers[lang]()
      .then((words) => {
        loaded[lang] = words;
      })
      .finally(() => {
        loading.delete(lang);
      });
    loading.set(lang, pending);
  }
  return pending;
}
