import { Alert } from "../../ui/alert";
import { Button } from "../../ui/button";
import { useText } from "../../ui/lang-context";

/** The active filter, as the panel describes it in `p_filter`, with a way to drop it. */
export function FilterBanner({
  lines,
  onReset,
  busy,
}: {
  lines: string[];
  onReset: () => void;
  busy: boolean;
}) {
  const t = useText();
  if (lines.length === 0) return null;
  return (
    <Alert
      tone="info"
      action={
        <Button onClick={onReset} disabled={busy}>
          {t("resetFilter")}
        </Button>
      }
    >
      <strong>{t("filtered")}:</strong> {lines.join("; ")}
    </Alert>
  );
}
