import type { ListModel, RowModel } from "../xjson/model";
import { parseList } from "../xjson/parse-list";
import { mgrCall } from "./client";
import { currentScope } from "./scope";

const pageSize = 500;

/** Rows fetched so far out of the total the panel reported, for the progress bar. */
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
  /** The page size the user sees, given back to the panel at the end. */
  userPageSize: number,
  onProgress: (progress: ExportProgress) => void,
  signal: AbortSignal,
): Promise<{ list: ListModel; rows: RowModel[] }> {
  // Every page as the identity that started the export: if it changes, the export fails.
  const scope = currentScope();
  const rows: RowModel[] = [];
  let first: ListModel | undefined;
  for (let page = 1; ; page += 1) {
    const list = parseList(
      await mgrCall({
        func,
        params: { ...params, p_num: String(page), p_cnt: String(pageSize) },
        signal,
        scope,
      }),
    );
    first ??= list;
    rows.push(...list.rows);
    onProgress({ done: rows.length, total: list.page.total });
    if (list.rows.length === 0 || rows.length >= list.page.total || list.page.number < page) break;
  }
  // The panel remembers the last page size per list and session (§5.5): give it back the user's.
  await mgrCall({
    func,
    params: { ...params, p_num: "1", p_cnt: String(userPageSize) },
    signal,
    scope,
  }).catch(() => undefined);
  return { list: first, rows };
}
