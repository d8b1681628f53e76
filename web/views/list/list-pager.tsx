import { Button } from "../../ui/button";
import { useText } from "../../ui/lang-context";
import type { ListModel } from "../../xjson/model";

const pageSizes = [20, 50, 100, 500, 1000, 10000];

interface ListPagerProps {
  list: ListModel;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
}

/** Page navigation, the page size and the total, from `p_num`, `p_cnt` and `p_elems`. */
export function ListPager({ list, onPage, onPageSize }: ListPagerProps) {
  const t = useText();
  const { number, size, total } = list.page;
  const pages = Math.max(1, Math.ceil(total / Math.max(size, 1)));
  const sizes =
    pageSizes.includes(size) || size === 0 ? pageSizes : [...pageSizes, size].sort((a, b) => a - b);
  return (
    <nav className="pager no-print" aria-label={t("pages")}>
      <Button
        disabled={number <= 1}
        onClick={() => {
          onPage(1);
        }}
        aria-label={t("firstPage")}
      >
        «
      </Button>
      <Button
        disabled={number <= 1}
        onClick={() => {
          onPage(number - 1);
        }}
      >
        {t("previousPage")}
      </Button>
      <span aria-live="polite">
        {t("page")} {number} / {pages}
      </span>
      <Button
        disabled={number >= pages}
        onClick={() => {
          onPage(number + 1);
        }}
      >
        {t("nextPage")}
      </Button>
      <Button
        disabled={number >= pages}
        onClick={() => {
          onPage(pages);
        }}
        aria-label={t("lastPage")}
      >
        »
      </Button>
      <label className="pager-size">
        {t("rowsPerPage")}
        <select
          value={size}
          onChange={(event) => {
            onPageSize(Number(event.target.value));
          }}
        >
          {sizes.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </label>
      <span className="pager-total">
        {list.messages.p_elems ?? t("total")}: {total}
      </span>
    </nav>
  );
}
