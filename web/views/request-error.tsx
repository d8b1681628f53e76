import { CodeLoadError, UnknownResultError } from "../api/errors";
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
 * reload what it changed rather than to run it again. Code that could not be fetched is sent
 * again by the user's own button (the message says so), not by asking the panel again.
 */
export function RequestError({ error, onRetry }: RequestErrorProps) {
  const t = useText();
  const label = error instanceof UnknownResultError ? t("reload") : t("retry");
  const retry = error instanceof CodeLoadError ? undefined : onRetry;
  return (
    <Alert tone="error" action={retry && <Button onClick={retry}>{label}</Button>}>
      {errorMessage(error, t)}
    </Alert>
  );
}
