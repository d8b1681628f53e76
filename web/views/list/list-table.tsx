import { lazy, Suspense, useRef } from "react";

import { usePrinting } from "../use-printing";
import { TableFrame, type ListTableProps } from "./table-frame";

/** Pages longer than this render only the rows in view. */
const virtualizeAbove = 200;

// The virtualizer is its own chunk, fetched the first time a page is long enough to need it.
const VirtualListTable = lazy(async () => ({
  default: (await import("./list-table-virtual")).VirtualListTable,
}));

/** The rows of a short page, all of them; also what a long page shows while its code loads. */
function PlainTable({ limit, ...props }: ListTableProps & { limit?: number }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = limit === undefined ? props.list.rows : props.list.rows.slice(0, limit);
  return (
    <TableFrame
      {...props}
      scrollRef={scrollRef}
      virtual={limit !== undefined}
      interim={limit !== undefined}
      visible={rows.map((row, index) => ({ row, index }))}
      padTop={0}
      padBottom={0}
    />
  );
}

/** The list's table; a long page keeps only the rows in view in the document, except in print. */
export function ListTable(props: ListTableProps) {
  const printing = usePrinting();
  if (printing || props.list.rows.length <= virtualizeAbove) return <PlainTable {...props} />;
  return (
    <Suspense fallback={<PlainTable {...props} limit={50} />}>
      <VirtualListTable {...props} />
    </Suspense>
  );
}
