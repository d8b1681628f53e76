import { useRef, useState, type ReactNode } from "react";

import { useNavigate } from "../../ui/navigation";
import { signOut } from "../../api/auth";
import { useSessionStore, type Lang } from "../../api/session-store";
import { Button } from "../../ui/button";
import { Dialog } from "../../ui/dialog";
import { ViewCrashed } from "../../views/view-error-boundary";
import { CommandPalette } from "./command-palette";
import { useFocusRescue, useHeadingFocus } from "./heading-focus";
import { Toasts } from "./toasts";
import { useText } from "../../ui/lang-context";
import { ActingBanner } from "./acting-banner";
import { MainMenu } from "./main-menu";
import { useLangChoice } from "../lang-choice";
import { Notifications } from "./notifications";
import { onDemand } from "./on-demand";
import { PreloadWhenIdle } from "./preload-when-idle";
import { useTaskStore } from "../../stores/task-store";
import { usePlace } from "../../views/place";

const taskPanel = onDemand(async () => (await import("./task-panel")).TaskPanel);
const reauthDialog = onDemand(async () => (await import("./reauth-dialog")).ReauthDialog);
const onDemandParts = [taskPanel, reauthDialog];

/** The signed-in frame: header with the user, language and logout; the menu; the page. */
export function Layout({ children }: { children: ReactNode }) {
  const t = useText();
  const username = useSessionStore((state) => state.username);
  const [lang, chooseLang] = useLangChoice();
  const billingUrl = useSessionStore((state) => (state.viaKey ? state.billingUrl : undefined));
  const { panel } = usePlace();
  const navigate = useNavigate();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuToggle = useRef<HTMLButtonElement>(null);
  const hasTasks = useTaskStore((state) => state.tasks.length > 0);
  const expired = useSessionStore((state) => state.status === "expired");
  useHeadingFocus();
  useFocusRescue();

  const logout = async () => {
    // The identity reset drops what the session could see.
    await signOut().catch(() => undefined);
    navigate(`/${panel}/login`, { replace: true });
  };

  return (
    <div
      className={menuOpen ? "app-frame menu-open" : "app-frame"}
      // On a phone the open menu covers the page: Escape closes it, back to its button.
      onKeyDown={(event) => {
        if (event.key !== "Escape" || !menuOpen) return;
        setMenuOpen(false);
        menuToggle.current?.focus();
      }}
    >
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <header className="app-header no-print">
        <Button
          ref={menuToggle}
          variant="ghost"
          className="menu-toggle"
          aria-expanded={menuOpen}
          onClick={() => {
            setMenuOpen(!menuOpen);
          }}
        >
          ☰ {t("menu")}
        </Button>
        <strong>{t("appName")}</strong>
        <Notifications />
        {hasTasks && <taskPanel.Part />}
        {/* On phones this folds into the menu: it shows while the menu is open. */}
        <div className="app-header-account">
          {billingUrl && (
            <a className="btn btn-quiet" href={billingUrl}>
              {t("backToBilling")}
            </a>
          )}
          <span className="app-header-user">{username}</span>
          <select
            aria-label={t("language")}
            value={lang}
            onChange={(event) => {
              chooseLang(event.target.value as Lang);
            }}
          >
            <option value="en">English</option>
            <option value="ru">Русский</option>
          </select>
          <Button variant="ghost" onClick={() => void logout()}>
            {t("signOut")}
          </Button>
        </div>
      </header>
      <ActingBanner />
      <div className="app-body">
        <aside className="app-sidebar no-print">
          <MainMenu
            onNavigate={() => {
              setMenuOpen(false);
            }}
          />
        </aside>
        <main className="app-main" id="main" tabIndex={-1}>
          {children}
        </main>
      </div>
      {expired && (
        <reauthDialog.Part
          // Without its form the session cannot be renewed here: say so, with Reload.
          fallback={
            <Dialog title={t("sessionExpiredTitle")} actions={null}>
              <ViewCrashed home={`/${panel}`} />
            </Dialog>
          }
        />
      )}
      <PreloadWhenIdle parts={onDemandParts} />
      <Toasts />
      <CommandPalette />
    </div>
  );
}
