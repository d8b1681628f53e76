import { Component, type ErrorInfo, type ReactNode } from "react";

import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { useText } from "../ui/lang-context";

/** What a broken view offers: reload, or the start page; never a blank page. */
export function ViewCrashed({ home }: { home: string }) {
  const t = useText();
  return (
    <Alert
      tone="error"
      action={
        <>
          <Button
            onClick={() => {
              window.location.reload();
            }}
          >
            {t("reload")}
          </Button>{" "}
          <a href={home}>{t("goHome")}</a>
        </>
      }
    >
      <p>{t("viewCrashed")}</p>
      <p>{t("viewCrashedHint")}</p>
    </Alert>
  );
}

interface Props {
  /** The start page, offered as a way out. */
  home: string;
  /** The model the view was drawing, logged with the error so the fault can be reproduced. */
  document: unknown;
  children: ReactNode;
}

/**
 * Catches an exception in one view so the shell and the menu stay usable, and logs it with the
 * document that caused it (the architecture's "never a crash" rule for the renderer).
 */
export class ViewErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error("DCI Console: a view failed to render", error, {
      document: this.props.document,
      componentStack: info.componentStack,
    });
  }

  override render(): ReactNode {
    return this.state.failed ? <ViewCrashed home={this.props.home} /> : this.props.children;
  }
}
