import { useEffect, useRef, useState } from "react";

import type { ExportProgress } from "../../api/export";
import { Button } from "../../ui/button";
import { Dialog } from "../../ui/dialog";
import { useText } from "../../ui/lang-context";
import { ProgressBar } from "../../ui/progress-bar";
import type { ColumnModel, ListModel } from "../../xjson/model";
import { RequestError } from "../request-error";

interface ExportButtonProps {
  list: ListModel;
  columns: ColumnModel[];
  params: Record<string, string>;
}

/** CSV of every row of the list (all pages, the current sort and filter, the visible columns). */
export function ExportButton({ list, columns, params }: ExportButtonProps) {
  const t = useText();
  const [progress, setProgress] = useState<ExportProgress>();
  const [error, setError] = useState<unknown>();
  const controller = useRef<AbortController>(undefined);
  // Leaving the list (or the identity changing) stops an export that is under way.
  useEffect(
    () => () => {
      controller.current?.abort();
    },
    [],
  );

  const start = async () => {
    controller.current = new AbortController();
    setError(undefined);
    setProgress({ done: 0, total: list.page.total });
    try {
      const { exportCsv } = await import("./export-run");
      await exportCsv(list, columns, params, setProgress, controller.current.signal);
      setProgress(undefined);
    } catch (failure) {
      if (controller.current.signal.aborted) setProgress(undefined);
      else setError(failure);
    }
  };

  const close = () => {
    controller.current?.abort();
    setProgress(undefined);
    setError(undefined);
  };

  return (
    <>
      <Button className="no-print" onClick={() => void start()} disabled={progress !== undefined}>
        {t("exportCsv")}
      </Button>
      {(progress ?? error) !== undefined && (
        <Dialog
          title={t("exportCsv")}
          onClose={close}
          actions={<Button onClick={close}>{error ? t("close") : t("cancel")}</Button>}
        >
          {error ? (
            <RequestError error={error} />
          ) : (
            progress && (
              <ProgressBar label={t("exportProgress")} value={progress.done} max={progress.total} />
            )
          )}
        </Dialog>
      )}
    </>
  );
}
