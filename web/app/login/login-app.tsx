import { useEffect, type ReactNode } from "react";

import { useSessionStore } from "../../api/session-store";
import { LangContext } from "../../ui/lang-context";
import { ViewCrashed } from "../../views/view-error-boundary";
import { KeyExpiredRoute } from "../routes/key-expired-route";
import type { LoginAtBoot } from "./login-at-boot";
import { LoginForm } from "./login-form";

/** The interface's language, also on the document, as the app does. */
function Lang({ children }: { children: ReactNode }) {
  const lang = useSessionStore((state) => state.lang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  return <LangContext value={lang}>{children}</LangContext>;
}

function SignedIn({ open }: { open: () => Promise<void> }) {
  useEffect(() => {
    void open();
  }, [open]);
  return null;
}

/**
 * The login page (or the key-expired page) of a tab that boots signed out, drawn with React
 * alone: the router, the query cache and the frame load meanwhile, and `open` draws the app at
 * the page the user was going to once `auth` accepted.
 */
export function LoginApp({ at, open }: { at: LoginAtBoot; open: () => Promise<void> }) {
  return (
    <Lang>
      {at.page === "key-expired" ? (
        <KeyExpiredRoute />
      ) : (
        <LoginForm onSignedIn={open} signedIn={<SignedIn open={open} />} />
      )}
    </Lang>
  );
}

/** The app's code could not be loaded (a deployment replaced it, the network dropped). */
export function AppFailed({ home }: { home: string }) {
  return (
    <Lang>
      <div className="route-error">
        <ViewCrashed home={home} />
      </div>
    </Lang>
  );
}
