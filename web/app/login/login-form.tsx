import { useState, type ReactNode, type SyntheticEvent } from "react";

import { signIn } from "../../api/auth";
import { useSessionStore, type Lang } from "../../api/session-store";
import { Alert } from "../../ui/alert";
import { Button } from "../../ui/button";
import { useText } from "../../ui/lang-context";
import { useLangChoice } from "../lang-choice";
import { SelectField } from "../../ui/select-field";
import { TextField } from "../../ui/text-field";
import { refusalText } from "../refusal-text";
import { preloadSignedInCode } from "../signed-in-code";

interface LoginFormProps {
  /** After `auth` accepted: go where the user was going. The button says "Logging in…" until then. */
  onSignedIn: () => Promise<void> | void;
  /** Drawn instead of the form when the tab is signed in without it (another tab shared a session). */
  signedIn: ReactNode;
}

/**
 * The login page: username, password and language, and why a login was refused. It needs no
 * router: the app's login route and the login page drawn before the router is loaded (login-app)
 * both draw it.
 */
export function LoginForm({ onSignedIn, signedIn }: LoginFormProps) {
  const t = useText();
  const lang = useSessionStore((session) => session.lang);
  const [shownLang, chooseLang] = useLangChoice();
  const status = useSessionStore((session) => session.status);
  const endedByExpiry = useSessionStore((session) => session.endedByExpiry);
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);

  if (status === "active" && !pending) return signedIn;

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    preloadSignedInCode();
    setPending(true);
    setError(undefined);
    try {
      await signIn({ username: username.trim(), password, lang });
    } catch (failure) {
      setError(refusalText(failure, t));
      setPending(false);
      return;
    }
    await onSignedIn();
  };

  return (
    <main className="login-page">
      <form
        className="login-card"
        onSubmit={(event) => void submit(event)}
        aria-labelledby="login-title"
      >
        <h1 id="login-title">{t("appName")}</h1>
        {endedByExpiry && !error && <Alert tone="info">{t("sessionEnded")}</Alert>}
        {error && <Alert tone="error">{error}</Alert>}
        <TextField
          label={t("username")}
          name="username"
          autoComplete="username"
          required
          autoFocus
          value={username}
          onChange={(event) => {
            setUsername(event.target.value);
          }}
        />
        <TextField
          label={t("password")}
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => {
            setPassword(event.target.value);
          }}
          // Typing the password: the network is idle, the next page's code can come meanwhile.
          onFocus={preloadSignedInCode}
        />
        <SelectField
          label={t("language")}
          name="lang"
          value={shownLang}
          options={[
            { value: "en", label: "English" },
            { value: "ru", label: "Русский" },
          ]}
          onChange={(event) => {
            chooseLang(event.target.value as Lang);
          }}
        />
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? t("signingIn") : t("signIn")}
        </Button>
      </form>
    </main>
  );
}
