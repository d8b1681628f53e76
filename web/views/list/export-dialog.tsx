import { useEffect, useRef, useState } from "react";

import type { ExportProgress } from "../../api/export";
import { Button } from "../../ui/button";
import { Dialog } from "../../ui/dialog";
import { useText } from "../../ui/lang-context";
import { ProgressBar } from "../../ui/progress-bar";
import type { ColumnModel, ListModel } from "../../xjson/model";
import { RequestError } from "../request-error";
import { exportCsv } from "./export-run";

interface ExportDialogProps {
  list: ListModel;
  columns: ColumnModel[];
  params: Record<string, string>;
  /** The export is over: downloaded, cancelled or failed and read. */
  onClose: () => void;
}

/**
 * An export under way: its progress, Cancel, and why it failed. It starts when drawn, and leaving
 * the list (or the identity changing) stops it.
 */
export function ExportDialog({ list, columns, params, onClose }: ExportDialogProps) {
  const t = useText();
  const [progress, setProgress] = useState<ExportProgress>({ done: 0, total: list.page.total });
  const [error, setError] = useState<unknown>();
  // The list, columns and parameters of the moment Export was pressed.
  const [request] = useState({ list, columns, params });
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });
  useEffect(() => {
    const controller = new AbortController();
    exportCsv(request.list, request.columns, request.params, setProgress, controller.signal).then(
      () => {
        close.current();
      },
      (failure: unknown) => {
        if (!controller.signal.aborted) setError(failure);
      },
    );
    return () => {
      controller.abort();
    };
  }, [request]);
  return (
    <Dialog
      title={t("exportCsv")}
      onClose={onClose}
      actions={<Button onClick={onClose}>{error ? t("close") : t("cancel")}</Button>}
    >
      {error ? (
        <RequestError error={error} />
      ) : (
        <ProgressBar label={t("exportProgress")} value={progress.done} max={progress.total} />
      )}
    </Dialog>
  );
}
