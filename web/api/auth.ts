import { parseAuth } from "../xjson/parse-auth";
import { mgrCall } from "./client";
import { MalformedReplyError } from "./errors";
import { useSessionStore, type Lang } from "./session-store";

export interface Credentials {
  username: string;
  password: string;
  lang: Lang;
}

/**
 * `func=auth` with a password. On success the session store holds the new session; a refusal
 * is an MgrError whose `detail.object` says why (badpassword, blocklogon, badip...).
 */
export async function signIn({ username, password, lang }: Credentials): Promise<void> {
  useSessionStore.getState().setLang(lang);
  const doc = await mgrCall({ func: "auth", params: { username, password }, authenticated: false });
  const auth = parseAuth(doc);
  if (!auth) throw new MalformedReplyError("The panel accepted the login but sent no session id");
  useSessionStore
    .getState()
    .signedIn({ sessionId: auth.sessionId, username, level: auth.level, viaKey: false });
}

/** `func=logon` ends the session on the panel; the local session is dropped whatever happens. */
export async function signOut(): Promise<void> {
  try {
    await mgrCall({ func: "logon" });
  } finally {
    useSessionStore.getState().signedOut();
  }
}
