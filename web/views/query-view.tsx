import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";

import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { useText } from "../ui/lang-context";
import { Spinner } from "../ui/spinner";
import { errorMessage } from "./error-message";
import { RequestError } from "./request-error";

interface StaleBannerProps {
  error: unknown;
  updatedAt: number;
  onRetry: () => void;
}

/** A refresh failed but the last answer is still on screen: say so, when it dates from, and offer Retry. */
export function StaleBanner({ error, updatedAt, onRetry }: StaleBannerProps) {
  const t = useText();
  const time = new Date(updatedAt).toLocaleTimeString(document.documentElement.lang || undefined);
  return (
    <Alert
      tone="warning"
      action={
        <Button onClick={onRetry} className="no-print">
          {t("retry")}
        </Button>
      }
    >
      {t("refreshFailed").replace("{reason}", errorMessage(error, t)).replace("{time}", time)}
    </Alert>
  );
}

interface QueryViewProps<T> {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}

/**
 * The states of one query, the same everywhere: a spinner on the first load, the error box when
 * there is nothing to show, and otherwise the data, with a banner when a later refresh failed,
 * so a fault never takes away rows, selection or scroll.
 */
export function QueryView<T>({ query, children }: QueryViewProps<T>) {
  const t = useText();
  const retry = () => void query.refetch();
  if (query.isPending) return <Spinner label={t("loading")} />;
  if (query.data === undefined) return <RequestError error={query.error} onRetry={retry} />;
  return (
    <>
      {query.isError && (
        <StaleBanner error={query.error} updatedAt={query.dataUpdatedAt} onRetry={retry} />
      )}
      {children(query.data)}
    </>
  );
}
