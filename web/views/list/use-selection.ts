import { useCallback, useMemo, useState } from "react";

import type { RowModel } from "../../xjson/model";

/**
 * Row selection by key, as in a file manager: click selects one, Ctrl/⌘ toggles, Shift extends
 * from the anchor. Keys that leave the page (paging, filtering) drop out; refreshes keep the rest.
 */
export function useSelection(rows: RowModel[]) {
  const [keys, setKeys] = useState<string[]>([]);
  const [anchor, setAnchor] = useState<string>();
  const present = useMemo(() => new Set(rows.map((row) => row.key)), [rows]);
  const selectedKeys = useMemo(() => keys.filter((key) => present.has(key)), [keys, present]);
  const selectedRows = useMemo(
    () => rows.filter((row) => selectedKeys.includes(row.key)),
    [rows, selectedKeys],
  );

  const select = useCallback(
    (key: string, mode: { toggle?: boolean; range?: boolean } = {}) => {
      if (mode.range && anchor !== undefined) {
        const from = rows.findIndex((row) => row.key === anchor);
        const to = rows.findIndex((row) => row.key === key);
        if (from !== -1 && to !== -1) {
          const [start, end] = from < to ? [from, to] : [to, from];
          setKeys(rows.slice(start, end + 1).map((row) => row.key));
          return;
        }
      }
      setAnchor(key);
      if (mode.toggle)
        setKeys((current) =>
          current.includes(key) ? current.filter((item) => item !== key) : [...current, key],
        );
      else setKeys([key]);
    },
    [anchor, rows],
  );

  const selectAll = useCallback(
    (on: boolean) => {
      setKeys(on ? rows.map((row) => row.key) : []);
    },
    [rows],
  );

  return {
    selectedKeys,
    selectedRows,
    select,
    selectAll,
    clear: () => {
      setKeys([]);
    },
  };
}
