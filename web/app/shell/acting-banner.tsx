import { useNavigate } from "../../ui/navigation";
import { stopActing } from "../../api/acting";
import { useSessionStore } from "../../api/session-store";
import { Button } from "../../ui/button";
import { useText } from "../../ui/lang-context";
import { usePlace } from "../../views/place";

/**
 * Shown on every page while an operator acts as another user: whose eyes these are, and the way
 * back to the view acting started from (with none of that user's data kept).
 */
export function ActingBanner() {
  const t = useText();
  const su = useSessionStore((state) => state.su);
  const { panel } = usePlace();
  const navigate = useNavigate();
  if (!su) return null;
  return (
    <div className="acting-banner" role="region" aria-label={t("actingAs", { user: su })}>
      <p>
        <strong>{t("actingAs", { user: su })}</strong> <span>{t("actingAsHint")}</span>
      </p>
      <Button
        onClick={() => {
          const back = stopActing();
          navigate(back ?? `/${panel}`, { replace: true });
        }}
      >
        {t("returnToSelf")}
      </Button>
    </div>
  );
}
