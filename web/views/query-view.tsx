import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";

import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { useText } from "../ui/lang-context";
import { Skeleton } from "../ui/skeleton";
import { Spinner } from "../ui/spinner";
import { errorMessage } from "./error-message";
import { RequestError } from "./request-error";

interface StaleBannerProps {
  error: unknown;
  updatedAt: number;
  onRetry: () => void;
  /** One short line, the details on hover: for the menu and dashboard blocks. */
  compact?: boolean;
}

/** A refresh failed but the last answer is still on screen: say so, when it dates from, and offer Retry. */
export function StaleBanner({ error, updatedAt, onRetry, compact }: StaleBannerProps) {
  const t = useText();
  const time = new Date(updatedAt).toLocaleTimeString(document.documentElement.lang || undefined);
  const full = t("refreshFailed", { reason: errorMessage(error, t), time });
  if (compact)
    return (
      <p className="stale-note" role="status" title={full}>
        <span>⚠ {t("notRefreshed")}</span>
        <Button
          variant="ghost"
          onClick={onRetry}
          className="no-print"
          aria-label={`${full} ${t("retry")}`}
        >
          {t("retry")}
        </Button>
      </p>
    );
  return (
    <Alert
      tone="warning"
      action={
        <Button onClick={onRetry} className="no-print">
          {t("retry")}
        </Button>
      }
    >
      {full}
    </Alert>
  );
}

interface QueryViewProps<T> {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
  /** A narrow place (the menu, a dashboard block): a failed refresh is one short line. */
  compact?: boolean;
}

/**
 * The states of one query, the same everywhere: a skeleton (a spinner where it is narrow) on
 * the first load, the error box when
 * there is nothing to show, and otherwise the data, with a banner when a later refresh failed,
 * so a fault never takes away rows, selection or scroll.
 */
export function QueryView<T>({ query, children, compact }: QueryViewProps<T>) {
  const t = useText();
  const retry = () => void query.refetch();
  if (query.isPending)
    return compact ? <Spinner label={t("loading")} /> : <Skeleton label={t("loading")} />;
  if (query.data === undefined) return <RequestError error={query.error} onRetry={retry} />;
  return (
    <>
      {query.isError && (
        <StaleBanner
          error={query.error}
          updatedAt={query.dataUpdatedAt}
          onRetry={retry}
          compact={compact}
        />
      )}
      {children(query.data)}
    </>
  );
}
