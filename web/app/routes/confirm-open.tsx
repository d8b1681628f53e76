import { Alert } from "../../ui/alert";
import { Button } from "../../ui/button";
import { useText } from "../../ui/lang-context";
import { Link } from "../../ui/link";

interface ConfirmOpenProps {
  panel: string;
  func: string;
  params: Record<string, string>;
  onOpen: () => void;
}

/**
 * Shown instead of a function the panel never offered as a view in this tab: opening it sends
 * the request, and some functions act at once. The user sees exactly what would be asked.
 */
export function ConfirmOpen({ panel, func, params, onOpen }: ConfirmOpenProps) {
  const t = useText();
  const query = new URLSearchParams(params).toString();
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t("confirmOpenTitle")}</h1>
      <Alert
        tone="warning"
        action={
          <>
            <Button variant="primary" onClick={onOpen}>
              {t("confirmOpen")}
            </Button>{" "}
            <Link to={`/${panel}`}>{t("goHome")}</Link>
          </>
        }
      >
        <p>{t("confirmOpenText")}</p>
        <p>
          <code>
            {func}
            {query ? `?${query}` : ""}
          </code>
        </p>
      </Alert>
    </section>
  );
}
