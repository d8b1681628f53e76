import type { AuthModel } from "../xjson/model";
import { parseAuth } from "../xjson/parse-auth";
import { parseWhoamiLevel, parseWhoamiName } from "../xjson/parse-whoami";
import { mgrCall } from "./client";
import { MalformedReplyError } from "./errors";
import { announceRenewal, announceSignOut } from "./session-share";
import { sessionScope } from "./scope";
import { useSessionStore, type Lang } from "./session-store";

/** What the login form sends; the language is chosen on the same page. */
export interface Credentials {
  username: string;
  password: string;
  lang: Lang;
}

/** `func=auth` without a session; the reply must carry a session id. */
async function authenticate(params: Record<string, string>): Promise<AuthModel> {
  const doc = await mgrCall({ func: "auth", params, authenticated: false });
  const auth = parseAuth(doc);
  if (!auth) throw new MalformedReplyError("The panel accepted the login but sent no session id");
  return auth;
}

/**
 * `func=auth` with a password. On success the session store holds the new session; a refusal
 * is an MgrError whose `detail.object` says why (badpassword, blocklogon, badip...).
 */
export async function signIn({ username, password, lang }: Credentials): Promise<void> {
  void useSessionStore.getState().setLang(lang);
  const auth = await authenticate({ username, password });
  useSessionStore
    .getState()
    .signedIn({ sessionId: auth.sessionId, username, level: auth.level, viaKey: false });
}

/**
 * `func=auth` with a one-time key from `session.newkey` (mgr5-protocol.md §2.4). The user is a
 * customer handed over by billing: the session is marked `viaKey`, so nobody asks them for a
 * password later.
 */
export async function signInWithKey({
  username,
  key,
  lang,
}: {
  username: string;
  key: string;
  lang: Lang;
}): Promise<void> {
  void useSessionStore.getState().setLang(lang);
  const params: Record<string, string> = { key, checkcookie: "no" };
  if (username !== "") params.username = username;
  const auth = await authenticate(params);
  // A link without username (the documented form, §2.4) still signs in someone: ask whom, so two
  // such customers in one tab are two identities.
  const name = username || (await whoIs(auth.sessionId)) || "";
  useSessionStore
    .getState()
    .signedIn({ sessionId: auth.sessionId, username: name, level: auth.level, viaKey: true });
}

/** The user name of a fresh session, asked before it becomes the tab's session. */
async function whoIs(sessionId: string): Promise<string | undefined> {
  try {
    const doc = await mgrCall({ func: "whoami", authenticated: false, session: sessionId });
    return parseWhoamiName(doc);
  } catch {
    return undefined;
  }
}

/**
 * Takes over a session a billing system opened and linked to (`/<panel>?auth=<sid>&func=...`,
 * evidence/whmcs-dcimanager.md): the panel is asked whose it is; a session it does not know is
 * refused. Like a key login, nobody is asked for a password later.
 */
export async function adoptSession(sessionId: string, lang: Lang): Promise<void> {
  void useSessionStore.getState().setLang(lang);
  const doc = await mgrCall({ func: "whoami", authenticated: false, session: sessionId });
  const username = parseWhoamiName(doc);
  if (!username) throw new MalformedReplyError("The panel did not say whose session this is");
  const level = parseWhoamiLevel(doc) ?? 16;
  useSessionStore.getState().signedIn({ sessionId, username, level, viaKey: true });
}

/**
 * Signs the same user in again after the session expired, over the current page. Waiting
 * requests then resume (reauth.ts), here and in every other tab that shared the session.
 */
export async function signInAgain(password: string): Promise<void> {
  const { username, panel, sessionId: expired } = useSessionStore.getState();
  if (!username) throw new Error("No user to sign in again");
  const auth = await authenticate({ username, password });
  const session = { sessionId: auth.sessionId, username, level: auth.level };
  useSessionStore.getState().signedIn({ ...session, viaKey: false });
  if (expired) announceRenewal(panel, expired, session);
}

/** `func=logon` ends the session on the panel; the local session is dropped whatever happens. */
export async function signOut(): Promise<void> {
  const { panel, sessionId, status } = useSessionStore.getState();
  try {
    // An expired session cannot log out, and must not open the sign-in dialog to try.
    if (status === "active") await mgrCall({ func: "logon", scope: sessionScope() });
  } finally {
    useSessionStore.getState().signedOut(status === "expired" ? "expired" : undefined);
    if (sessionId) announceSignOut(panel, sessionId);
  }
}
