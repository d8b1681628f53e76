import { useText } from "../../ui/lang-context";
import { SelectField } from "../../ui/select-field";
import type { ColumnModel } from "../../xjson/model";

interface SortSelectProps {
  columns: ColumnModel[];
  /** Sorts by a column in a direction: `+name` or `-name`, as `p_col` takes it (§5.5). */
  onSort: (pCol: string) => void;
}

/**
 * "Sort by" for phones, where rows are cards and there are no column headers to press: each
 * sortable column in both directions. Hidden on wider screens, which sort by the headers.
 */
export function SortSelect({ columns, onSort }: SortSelectProps) {
  const t = useText();
  // A column the panel sorts by is offered too, even one it does not mark sortable.
  const sortable = columns.filter((column) => column.sort !== undefined || column.sorted);
  if (sortable.length === 0) return null;
  const current =
    columns.find((column) => column.sorted?.priority === 1) ??
    columns.find((column) => column.sorted);
  const value = current?.sorted
    ? `${current.sorted.direction === "asc" ? "+" : "-"}${current.name}`
    : "";
  const options = sortable.flatMap((column) => [
    { value: `+${column.name}`, label: t("sortAscending", { column: column.title }) },
    { value: `-${column.name}`, label: t("sortDescending", { column: column.title }) },
  ]);
  return (
    <SelectField
      className="sort-select no-print"
      label={t("sortBy")}
      value={value}
      options={value === "" ? [{ value: "", label: t("sortPanelOrder") }, ...options] : options}
      onChange={(event) => {
        if (event.target.value !== "") onSort(event.target.value);
      }}
    />
  );
}
