import { MalformedReplyError, MgrError, NetworkError } from "../api/errors";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { useText } from "../ui/lang-context";

interface RequestErrorProps {
  error: unknown;
  onRetry?: () => void;
}

/** A failed request, said plainly, with a retry when one can help. */
export function RequestError({ error, onRetry }: RequestErrorProps) {
  const t = useText();
  let message: string = t("loadFailed");
  if (error instanceof NetworkError) message = t("networkFailure");
  else if (error instanceof MalformedReplyError) message = t("malformed");
  else if (error instanceof MgrError) message = error.detail.message;
  return (
    <Alert tone="error" action={onRetry && <Button onClick={onRetry}>{t("retry")}</Button>}>
      {message}
    </Alert>
  );
}
