import { create } from "zustand";

/** Languages of the interface and of the `lang` parameter sent to the panel. */
export type Lang = "en" | "ru";
/** `expired` keeps the page and waits for a sign-in; only `anonymous` goes to the login page. */
export type SessionStatus = "anonymous" | "active" | "expired";

interface SessionState {
  /** The panel this tab works with (dcimgr, ispmgr, ...), from the URL. */
  panel: string;
  sessionId?: string;
  username?: string;
  level?: number;
  /** Signed in with a one-time key from billing: never ask this user for a password. */
  viaKey: boolean;
  lang: Lang;
  status: SessionStatus;
  /** The last session ended by expiring, not by a logout: the login page says so. */
  endedByExpiry: boolean;
  /** The billing page a customer came from by key (its referrer): "Back to billing" leads there. */
  billingUrl?: string;
  /** An operator acting as this user (`su`, mgr5-protocol.md §2.5): every request runs as them. */
  su?: string;
  /** Where "Return" leads once acting ends: the view acting started from. */
  suReturn?: string;
}

interface SessionActions {
  setPanel: (panel: string) => void;
  signedIn: (session: {
    sessionId: string;
    username: string;
    level: number;
    viaKey: boolean;
  }) => void;
  expire: () => void;
  signedOut: (reason?: "expired") => void;
  /** Starts acting as `user`; `returnTo` is the view to come back to. */
  enterSu: (user: string, returnTo: string) => void;
  leaveSu: () => void;
  /**
   * Switches to `lang` once its words are here (see `prepareLanguagesWith`): until then the tab
   * goes on in the old one, and when they cannot be loaded it stays there. Settles when switched
   * or given up, never rejecting.
   */
  setLang: (lang: Lang) => Promise<void>;
  setBillingUrl: (url: string | undefined) => void;
}

/**
 * Gets a language's words ready: `undefined` when they are here already, otherwise a promise that
 * settles when they are (or rejects).
 */
export type LangPreparer = (lang: Lang) => Promise<void> | undefined;

let prepareLang: LangPreparer = () => undefined;
/** The language asked for last: a slower load of one asked for earlier does not switch to it. */
let wantedLang: Lang | undefined;

/**
 * Tells the store how to get a language's words before switching to it. The words are the
 * interface's (ui/), which api/ may not import, so the app hands the loader in as it boots;
 * without one the language switches at once.
 */
export function prepareLanguagesWith(prepare: LangPreparer): void {
  prepareLang = prepare;
}

/** The old language stays: its words are here, and the language select shows it again. */
function langFailed(lang: Lang, error: unknown): void {
  console.error(`DCI Console: the words of "${lang}" could not be loaded`, error);
}

const initial: SessionState = {
  panel: "dcimgr",
  sessionId: undefined,
  username: undefined,
  level: undefined,
  viaKey: false,
  lang: "en",
  status: "anonymous",
  endedByExpiry: false,
  su: undefined,
  suReturn: undefined,
  billingUrl: undefined,
};

const storageKey = "dci-console.session";
const isText = (value: unknown): value is string => typeof value === "string" && value !== "";
/** A path inside the app, never `//host` or `/\host` (another site), as `appAddress` checks it. */
const isPath = (value: unknown) => isText(value) && /^\/(?![/\\])/.test(value);
const isWebUrl = (value: unknown) => isText(value) && /^https?:\/\//i.test(value);

/**
 * The fields kept across a reload, and what each may hold: anything else is left out, as if never
 * stored. `endedByExpiry` is not kept: it is for the login page of the moment.
 */
const checks = {
  panel: isText,
  sessionId: isText,
  // A customer signed in by key whose name the panel did not say has "" (identityOf: #<session>).
  username: (value: unknown) => typeof value === "string",
  level: (value: unknown) => typeof value === "number",
  viaKey: (value: unknown) => typeof value === "boolean",
  lang: (value: unknown) => value === "en" || value === "ru",
  status: (value: unknown) => value === "active" || value === "expired",
  su: isText,
  suReturn: isPath,
  billingUrl: isWebUrl,
} satisfies Partial<Record<keyof SessionState, (value: unknown) => boolean>>;

const stored = Object.keys(checks) as (keyof typeof checks)[];

/**
 * The session this tab had before a reload. sessionStorage is open to anything on this origin and
 * to older versions of the console, so each field is checked, and a session without its id or
 * user is no session.
 */
function readStored(): Partial<SessionState> {
  let saved: unknown;
  try {
    saved = (JSON.parse(sessionStorage.getItem(storageKey) ?? "null") as { state?: unknown } | null)
      ?.state;
  } catch {
    return {};
  }
  if (typeof saved !== "object" || saved === null) return {};
  const fields = saved as Record<string, unknown>;
  const signedIn = isText(fields.sessionId) && typeof fields.username === "string";
  const state: Partial<Record<keyof SessionState, unknown>> = {};
  for (const key of signedIn ? stored : (["panel", "lang"] as const))
    if (checks[key](fields[key])) state[key] = fields[key];
  return state as Partial<SessionState>;
}

/** Keeps the tab's session across a reload, in the format of earlier versions (`{ state, version }`). */
function writeStored(state: SessionState): void {
  const saved = Object.fromEntries(stored.map((key) => [key, state[key]]));
  try {
    sessionStorage.setItem(storageKey, JSON.stringify({ state: saved, version: 0 }));
  } catch {
    // Without storage the session lasts as long as the page.
  }
}

/**
 * The only owner of the session id. It lives in memory and in sessionStorage (per tab, gone with
 * the tab), never in localStorage or a URL.
 */
export const useSessionStore = create<SessionState & SessionActions>()((set) => ({
  ...initial,
  ...readStored(),
  setPanel: (panel) => {
    // A session belongs to one panel: another panel starts signed out.
    set((state) => (state.panel === panel ? state : { ...initial, panel, lang: state.lang }));
  },
  signedIn: ({ sessionId, username, level, viaKey }) => {
    // The same user signing in again (after expiry) goes on acting as whom they were.
    set((state) => ({
      sessionId,
      username,
      level,
      viaKey,
      status: "active",
      endedByExpiry: false,
      ...(state.username === username ? {} : { su: undefined, suReturn: undefined }),
    }));
  },
  expire: () => {
    set((state) => (state.status === "active" ? { status: "expired" } : state));
  },
  signedOut: (reason) => {
    set((state) => ({
      ...initial,
      panel: state.panel,
      lang: state.lang,
      endedByExpiry: reason === "expired",
    }));
  },
  setLang: async (lang) => {
    wantedLang = lang;
    let pending: Promise<void> | undefined;
    try {
      pending = prepareLang(lang);
    } catch (error) {
      langFailed(lang, error);
      return;
    }
    if (pending) {
      try {
        await pending;
      } catch (error) {
        langFailed(lang, error);
        return;
      }
      if (wantedLang !== lang) return;
    }
    set({ lang });
  },
  setBillingUrl: (billingUrl) => {
    set({ billingUrl });
  },
  enterSu: (user, returnTo) => {
    set((state) =>
      state.status === "anonymous" || user === state.username
        ? state
        : { su: user, suReturn: returnTo },
    );
  },
  leaveSu: () => {
    set({ su: undefined, suReturn: undefined });
  },
}));

useSessionStore.subscribe(writeStored);
