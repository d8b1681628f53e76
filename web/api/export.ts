import type { ListModel, RowModel } from "../xjson/model";
import { parseList } from "../xjson/parse-list";
import { mgrCall } from "./client";

const pageSize = 500;

export interface ExportProgress {
  done: number;
  total: number;
}

/**
 * Every row of a list across all its pages, fetched page by page so it can report progress and
 * be cancelled with `signal`. Keeps the caller's sort and filter (they live in `params`).
 */
export async function fetchAllRows(
  func: string,
  params: Record<string, string>,
  onProgress: (progress: ExportProgress) => void,
  signal: AbortSignal,
): Promise<{ list: ListModel; rows: RowModel[] }> {
  const rows: RowModel[] = [];
  let first: ListModel | undefined;
  for (let page = 1; ; page += 1) {
    const list = parseList(
      await mgrCall({
        func,
        params: { ...params, p_num: String(page), p_cnt: String(pageSize) },
        signal,
      }),
    );
    first ??= list;
    rows.push(...list.rows);
    onProgress({ done: rows.length, total: list.page.total });
    if (list.rows.length === 0 || rows.length >= list.page.total || list.page.number < page) break;
  }
  return { list: first, rows };
}
