import { fetchAllRows, type ExportProgress } from "../../api/export";
import { toCsv } from "../../xjson/csv";
import type { ColumnModel, ListModel } from "../../xjson/model";

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

/**
 * Fetches every row of the list and downloads them as CSV. Part of the export's chunk
 * (export-dialog.tsx), loaded on the first export.
 */
export async function exportCsv(
  list: ListModel,
  columns: ColumnModel[],
  params: Record<string, string>,
  onProgress: (progress: ExportProgress) => void,
  signal: AbortSignal,
): Promise<void> {
  const { list: first, rows } = await fetchAllRows(
    list.func,
    params,
    list.page.size,
    onProgress,
    signal,
  );
  download(`${list.func}.csv`, toCsv(columns, rows, first.messages));
}
