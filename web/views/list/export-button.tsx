import { useEffect, useRef, useState } from "react";

import { fetchAllRows, type ExportProgress } from "../../api/export";
import { Button } from "../../ui/button";
import { Dialog } from "../../ui/dialog";
import { useText } from "../../ui/lang-context";
import { ProgressBar } from "../../ui/progress-bar";
import { toCsv } from "../../xjson/csv";
import type { ColumnModel, ListModel } from "../../xjson/model";
import { RequestError } from "../request-error";

interface ExportButtonProps {
  list: ListModel;
  columns: ColumnModel[];
  params: Record<string, string>;
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob(["\uFEFF", text], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
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
      const { list: first, rows } = await fetchAllRows(
        list.func,
        params,
        list.page.size,
        setProgress,
        controller.current.signal,
      );
      download(`${list.func}.csv`, toCsv(columns, rows, first.messages));
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
