import { askOtherTabs } from "../api/session-share";
import { prepareLanguagesWith, useSessionStore } from "../api/session-store";
import { loadStrings } from "../ui/strings";
import { panelFromPath } from "./config";
import { captureFuncLink, captureKeyLogin } from "./key-login";
import { preloadSignedInCode } from "./signed-in-code";

/**
 * The words of the tab's language, fetched alongside the rest of booting: the first page is drawn
 * in them. From now on the session store switches language only once its words are here.
 */
async function wordsOfTheTab(): Promise<void> {
  prepareLanguagesWith(loadStrings);
  const { lang, status } = useSessionStore.getState();
  const words = loadStrings(lang);
  // A signed-in tab gets the app (start.tsx): its code need not wait for the words.
  if (words && status !== "anonymous") preloadSignedInCode();
  try {
    await words;
  } catch (error) {
    // English comes with the first script: better than no words at all.
    console.error(
      `DCI Console: the words of "${lang}" could not be loaded; English instead`,
      error,
    );
    void useSessionStore.getState().setLang("en");
  }
}

/** The address and the session, as `boot` describes. */
async function bootSession(): Promise<boolean> {
  // A key login signs in by itself: asking the other tabs would only delay it.
  if (captureKeyLogin()) return true;
  const link = captureFuncLink();
  // A link that hands over its own session needs no other tab's.
  if (link?.session) return true;
  const panel = panelFromPath(window.location.pathname);
  if (useSessionStore.getState().status !== "anonymous" || panel === undefined)
    return link !== undefined;
  useSessionStore.getState().setPanel(panel);
  await askOtherTabs(panel);
  return link !== undefined;
}

/**
 * Before the first render: take a one-time key or a function link (and its session id) out of
 * the address bar, let a new tab pick up the session of another tab of the same panel, and fetch
 * the words of the tab's language. Resolves true when the address was such a link: only the
 * router completes it.
 */
export async function boot(): Promise<boolean> {
  const words = wordsOfTheTab();
  try {
    return await bootSession();
  } finally {
    // Also when booting failed: the router then draws the page, in these words.
    await words;
  }
}
