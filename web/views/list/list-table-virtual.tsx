import { useVirtualizer } from "@tanstack/react-virtual";
import { useRef } from "react";

import type { RowModel } from "../../xjson/model";
import { assignSlots } from "./assign-slots";
import { TableFrame, type ListTableProps } from "./table-frame";

const rowHeight = 33;

/** A long page: only the rows in view (and a few around them) are in the document. */
export function VirtualListTable(props: ListTableProps) {
  const rows = props.list.rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer's API is not memoizable by the compiler
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    // Enough rows around the view for a keyboard step; each more row costs every scrolled frame.
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  const visible: { row: RowModel; index: number }[] = items.flatMap((item) => {
    const row = rows[item.index];
    return row ? [{ row, index: item.index }] : [];
  });
  return (
    <TableFrame
      {...props}
      scrollRef={scrollRef}
      virtual
      visible={visible}
      padTop={items[0]?.start ?? 0}
      padBottom={virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0)}
      scrollToIndex={(index) => {
        virtualizer.scrollToIndex(index);
      }}
      assignSlots={assignSlots}
    />
  );
}
