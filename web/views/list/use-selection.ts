import { useCallback, useMemo, useState } from "react";

import type { RowModel } from "../../xjson/model";

const none: ReadonlySet<string> = new Set();

/**
 * How a row joins the selection: alone (a click), `toggle` (Ctrl/⌘, Space), or `range` from the
 * anchor (Shift), or from `from` when there is no anchor on the page yet (Shift+↓ from a row).
 */
export interface SelectMode {
  toggle?: boolean;
  range?: boolean;
  from?: string;
}

/**
 * Row selection by key, as in a file manager: click selects one, Ctrl/⌘ toggles, Shift extends
 * from the anchor. Keys that leave the page (paging, filtering) drop out; refreshes keep the rest.
 * The selection is a Set, so every step costs at most one pass over the page: toggling a row
 * after "select all" on 10,000 rows is a copy of the set, never a search per row.
 */
export function useSelection(rows: RowModel[]) {
  const [keys, setKeys] = useState<ReadonlySet<string>>(none);
  const [anchor, setAnchor] = useState<string>();
  const selectedRows = useMemo(() => rows.filter((row) => keys.has(row.key)), [rows, keys]);
  const selectedKeys = useMemo<ReadonlySet<string>>(
    () => (selectedRows.length === keys.size ? keys : new Set(selectedRows.map((row) => row.key))),
    [keys, selectedRows],
  );

  const select = useCallback(
    (key: string, mode: SelectMode = {}) => {
      if (mode.range) {
        const to = rows.findIndex((row) => row.key === key);
        let start = anchor;
        let from = start === undefined ? -1 : rows.findIndex((row) => row.key === start);
        // No anchor on the page: a keyboard step reaches from the row it started on.
        if (from === -1 && mode.from !== undefined) {
          start = mode.from;
          from = rows.findIndex((row) => row.key === start);
        }
        if (from !== -1 && to !== -1) {
          if (start !== anchor) setAnchor(start);
          const [first, last] = from < to ? [from, to] : [to, from];
          setKeys(new Set(rows.slice(first, last + 1).map((row) => row.key)));
          return;
        }
      }
      setAnchor(key);
      if (mode.toggle)
        setKeys((current) => {
          const next = new Set(current);
          if (!next.delete(key)) next.add(key);
          return next;
        });
      else setKeys(new Set([key]));
    },
    [anchor, rows],
  );

  const selectAll = useCallback(
    (on: boolean) => {
      setKeys(on ? new Set(rows.map((row) => row.key)) : none);
    },
    [rows],
  );

  const clear = useCallback(() => {
    setKeys(none);
  }, []);

  return { selectedKeys, selectedRows, select, selectAll, clear };
}
