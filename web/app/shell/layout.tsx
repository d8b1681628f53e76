import { useQueryClient } from "@tanstack/react-query";
import { Outlet, useNavigate, useParams } from "react-router";

import { signOut } from "../../api/auth";
import { useSessionStore } from "../../api/session-store";
import { Button } from "../../ui/button";
import { useText } from "../../ui/lang-context";

/** The signed-in frame: header with the user and logout, the page below. */
export function Layout() {
  const t = useText();
  const username = useSessionStore((state) => state.username);
  const { panel = "" } = useParams();
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  const logout = async () => {
    await signOut().catch(() => undefined);
    queryClient.clear();
    await navigate(`/${panel}/login`, { replace: true });
  };

  return (
    <div className="app-frame">
      <header className="app-header no-print">
        <strong>{t("appName")}</strong>
        <span className="app-header-user">{username}</span>
        <Button variant="ghost" onClick={() => void logout()}>
          {t("signOut")}
        </Button>
      </header>
      <main className="app-main">
        <Outlet />
      </main>
    </div>
  );
}
