import { Alert } from "../../ui/alert";
import { useText } from "../../ui/lang-context";

/** A customer's key link was used or expired: explain how to return, never ask for a password. */
export function KeyExpiredRoute() {
  const t = useText();
  return (
    <main className="login-page">
      <div className="login-card">
        <h1>{t("appName")}</h1>
        <Alert tone="warning">{t("keyLoginFailed")}</Alert>
      </div>
    </main>
  );
}
