import { UnknownResultError } from "../api/errors";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { useText } from "../ui/lang-context";
import { errorMessage } from "./error-message";

interface RequestErrorProps {
  error: unknown;
  onRetry?: () => void;
}

/**
 * A failed request with a retry when one can help. An action whose result is unknown offers to
 * reload what it changed rather than to run it again.
 */
export function RequestError({ error, onRetry }: RequestErrorProps) {
  const t = useText();
  const label = error instanceof UnknownResultError ? t("reload") : t("retry");
  return (
    <Alert tone="error" action={onRetry && <Button onClick={onRetry}>{label}</Button>}>
      {errorMessage(error, t)}
    </Alert>
  );
}
