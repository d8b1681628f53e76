import { useState } from "react";

import { loadCode } from "../../api/errors";
import { Button } from "../../ui/button";
import { useText } from "../../ui/lang-context";
import type { ColumnModel, ListModel } from "../../xjson/model";

interface ExportButtonProps {
  list: ListModel;
  columns: ColumnModel[];
  params: Record<string, string>;
  /** The export's code could not be loaded: nothing was asked of the panel. */
  onError: (error: unknown) => void;
}

const exportCode = () => import("./export-dialog");
type ExportCode = Awaited<ReturnType<typeof exportCode>>;

/**
 * CSV of every row of the list (all pages, the current sort and filter, the visible columns). Its
 * code (fetching every page, the CSV writer, the progress dialog) is a chunk loaded on the first
 * export.
 */
export function ExportButton({ list, columns, params, onError }: ExportButtonProps) {
  const t = useText();
  const [code, setCode] = useState<ExportCode>();
  const [running, setRunning] = useState(false);
  const start = async () => {
    setRunning(true);
    try {
      setCode(await loadCode(exportCode));
    } catch (error) {
      setRunning(false);
      onError(error);
    }
  };
  return (
    <>
      <Button className="no-print" onClick={() => void start()} disabled={running}>
        {t("exportCsv")}
      </Button>
      {running && code && (
        <code.ExportDialog
          list={list}
          columns={columns}
          params={params}
          onClose={() => {
            setRunning(false);
          }}
        />
      )}
    </>
  );
}
