import { useState, type SyntheticEvent } from "react";

import { signInAgain, signOut } from "../../api/auth";
import { useSessionStore } from "../../api/session-store";
import { Alert } from "../../ui/alert";
import { Button } from "../../ui/button";
import { Dialog } from "../../ui/dialog";
import { useText } from "../../ui/lang-context";
import { TextField } from "../../ui/text-field";
import { refusalText } from "../refusal-text";
import { useReauthText } from "./reauth-texts";

/**
 * Opens over the current page when the session expired. An operator signs in again and every
 * waiting request resumes; a customer who came by key is told how to return instead.
 */
export function ReauthDialog() {
  const t = useText();
  const st = useReauthText();
  const { status, viaKey, username } = useSessionStore();
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);

  if (status !== "expired") return null;

  if (viaKey) {
    return (
      <Dialog title={t("sessionExpiredTitle")} actions={null}>
        <p>{st("keySessionEnded")}</p>
      </Dialog>
    );
  }

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setPending(true);
    setError(undefined);
    try {
      await signInAgain(password);
      setPassword("");
    } catch (failure) {
      setError(refusalText(failure, t));
    } finally {
      setPending(false);
    }
  };

  // Signed out, the page sends itself to the login page, which says why and brings the next
  // sign-in back here; what the session could see is dropped by the identity reset.
  const logout = () => {
    void signOut();
  };

  return (
    <Dialog
      title={t("sessionExpiredTitle")}
      actions={
        <>
          <Button onClick={logout}>{t("signOut")}</Button>
          <Button variant="primary" type="submit" form="reauth-form" disabled={pending}>
            {t("signInAgain")}
          </Button>
        </>
      }
    >
      <p>{st("sessionExpiredText")}</p>
      {error && <Alert tone="error">{error}</Alert>}
      <form id="reauth-form" onSubmit={(event) => void submit(event)}>
        <TextField
          label={t("username")}
          name="username"
          value={username ?? ""}
          readOnly
          autoComplete="username"
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
        />
      </form>
    </Dialog>
  );
}
