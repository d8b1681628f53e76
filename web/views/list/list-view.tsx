import { useContext, useEffect, useMemo, useState } from "react";

import { useSearchParams } from "../../ui/navigation";
import { MgrError, UnknownResultError } from "../../api/errors";
import { dropFilterParams, noUrlFilter } from "../../api/list-filter";
import { useAction } from "../../api/mutations";
import { usePrefsStore } from "../../stores/prefs-store";
import { Button } from "../../ui/button";
import { Spinner } from "../../ui/spinner";
import { LangContext, useText } from "../../ui/lang-context";
import type { ButtonModel, ColumnModel, ListModel, RowModel } from "../../xjson/model";
import { Breadcrumbs } from "../breadcrumbs";
import { useFollowUp } from "../follow-up";
import { PrintFooter } from "../print-footer";
import { RequestError } from "../request-error";
import { ColumnChooser } from "./column-chooser";
import { ExportButton } from "./export-button";
import { FilterBanner } from "./filter-banner";
import { ListPager } from "./list-pager";
import { SortSelect } from "./sort-select";
import { StatusLegend } from "./status-legend";
import { useLevel } from "../../api/level";
import { useToastStore } from "../../stores/toast-store";
import { usePaletteActions } from "./palette-actions";
import { rowMenu } from "./row-menu";
import { useCardLayout } from "./use-card-layout";
import { useChangedRows } from "./use-changed-rows";
import { useRowProgress } from "./use-row-progress";
import { ListTable } from "./list-table";
import { ListToolbar } from "./list-toolbar";
import { ConfirmAction } from "./confirm-action";
import { rowName, rowNames } from "./row-names";
import { preloadGroupRun, useGroupRun } from "./use-group-run";
import { useListActions } from "./use-list-actions";
import { useSelection } from "./use-selection";

interface ListViewProps {
  panel: string;
  list: ListModel;
  /** The parameters the list was asked with (sort, page, parent), for export. */
  params: Record<string, string>;
  refetch: () => void;
  isFetching: boolean;
}

/** mgr5's administrator level (mgr5-protocol.md §2.1): below it, a customer. */
const operatorLevel = 29;
/** A list this short is read at a glance: no column chooser or export for a customer. */
const shortList = 20;

/** "Rows 21–25 / 25": what part of the list a printed page holds. */
function rowRange(list: ListModel, label: string): string {
  const first = (list.page.number - 1) * list.page.size + 1;
  return `${label} ${list.rows.length === 0 ? 0 : first}–${first + list.rows.length - 1} / ${list.page.total}`;
}

/** A list document: toolbar, filter, table with selection, paging, column choice and export. */
export function ListView({ panel, list: shown, params, refetch, isFetching }: ListViewProps) {
  const t = useText();
  const lang = useContext(LangContext);
  // A sub-list is opened with its parent as elid; a panel that does not echo plid still gets it.
  const list = shown.plid === undefined && params.elid ? { ...shown, plid: params.elid } : shown;
  const [, setSearch] = useSearchParams();
  const prefsKey = `${panel}.${list.func}`;
  const hidden = usePrefsStore((state) => state.lists[prefsKey]?.hiddenColumns) ?? [];
  const setHidden = usePrefsStore((state) => state.setHiddenColumns);
  const setPageSize = usePrefsStore((state) => state.setPageSize);
  const selection = useSelection(list.rows);
  const action = useAction();
  const followUp = useFollowUp(panel);
  const [outcome, setOutcome] = useState<{ error?: unknown }>();
  const showToast = useToastStore((state) => state.show);
  const [changed, markChanged] = useChangedRows();
  const rowProgress = useRowProgress();
  // A row's own menu is for cards (a phone); elsewhere the toolbar does its work.
  const cards = useCardLayout();

  // The same array while the columns stay, so a selection does not make the table measure again.
  const hiddenKey = hidden.join("\n");
  const columns = useMemo(
    () => list.columns.filter((column) => !hiddenKey.split("\n").includes(column.name)),
    [list.columns, hiddenKey],
  );
  // A customer's short list needs no column chooser or export: they help operators and long lists.
  const level = useLevel();
  const toolsHelp = level >= operatorLevel || list.page.total > shortList || hidden.length > 0;
  const filterFunc =
    list.toolbar.flatMap((group) => group.buttons).find((button) => button.name === "filter")
      ?.func ?? `${list.func}.filter`;

  const more = (count: number) => t("andMore", { count });
  const group = useGroupRun((run, shown, code) => {
    markChanged(run.items.filter((item) => item.state === "done").map((item) => item.key));
    const notice = code.groupNotice(run, shown, list, t, lang);
    if (notice) showToast(notice.text, notice.tone);
  });
  const runGroup = (button: ButtonModel, rows: RowModel[]) => {
    setOutcome(undefined);
    // A finished run's panel makes room; one still going carries on and reports when done.
    if (group.run?.finished) group.dismiss();
    if (rows.length > 1) {
      group
        .start({
          func: button.func,
          caption: button.caption,
          plid: list.plid,
          items: rows.map((row) => ({ key: row.key, name: rowName(row, list) })),
        })
        .catch((error: unknown) => {
          setOutcome({ error });
        });
      return;
    }
    action.mutate(
      {
        func: button.func,
        params: { elid: rows.map((row) => row.key).join(", "), plid: list.plid, sok: "ok" },
      },
      {
        onSuccess: (result) => {
          if (result.kind === "ok" && followUp(result)) return;
          markChanged(rows.map((row) => row.key));
          showToast(
            t("actionDoneOn", { action: button.caption, objects: rowNames(rows, list, more) }),
          );
        },
        onError: (error) => {
          setOutcome({ error });
          // A refusal often means the row changed behind this page: show it as it is now.
          if (error instanceof MgrError) refetch();
        },
      },
    );
  };
  const actions = useListActions({
    panel,
    list,
    refetch,
    runGroup,
    onError: (error) => {
      setOutcome({ error });
    },
  });

  usePaletteActions(list, selection.selectedRows, actions.run);
  const several = selection.selectedRows.length > 1;
  useEffect(() => {
    if (several) preloadGroupRun();
  }, [several]);

  const update = (changes: Record<string, string | undefined>) => {
    setSearch((current) => {
      const next = new URLSearchParams(current);
      for (const [name, value] of Object.entries(changes)) {
        if (value === undefined) next.delete(name);
        else next.set(name, value);
      }
      return next;
    });
  };
  const sort = (column: ColumnModel) => {
    const descending = column.sorted?.direction === "asc";
    update({ p_col: `${descending ? "-" : "+"}${column.name}`, p_num: undefined });
  };
  const openDefault = (key: string) => {
    const button = list.toolbar
      .flatMap((group) => group.buttons)
      .find((candidate) => candidate.isDefault);
    const row = list.rows.find((candidate) => candidate.key === key);
    if (button && row) actions.run(button, [row]);
  };

  return (
    <section aria-labelledby="page-title" className="list-view">
      <Breadcrumbs panel={panel} crumbs={list.breadcrumb} />
      <div className="view-heading">
        <h1 id="page-title">{list.title}</h1>
        {isFetching && (
          <span className="refreshing" aria-live="polite">
            {t("refreshing")}
          </span>
        )}
      </div>
      <div className="list-controls">
        <ListToolbar
          list={list}
          selected={selection.selectedRows}
          onRun={(button) => {
            actions.run(button, selection.selectedRows);
          }}
        />
        <div className="list-utilities no-print">
          <SortSelect
            // Every column, hidden ones too: the list may be sorted by one the user hid.
            columns={list.columns}
            onSort={(pCol) => {
              update({ p_col: pCol, p_num: undefined });
            }}
          />
          {toolsHelp && (
            <>
              <ColumnChooser
                columns={list.columns}
                hidden={hidden}
                onChange={(next) => {
                  setHidden(prefsKey, next);
                }}
              />
              <ExportButton
                list={list}
                columns={columns}
                params={params}
                onError={(error) => {
                  setOutcome({ error });
                }}
              />
            </>
          )}
          <Button
            className="no-print"
            onClick={() => {
              window.print();
            }}
          >
            {t("print")}
          </Button>
        </div>
      </div>
      <FilterBanner
        lines={list.filter}
        busy={action.isPending}
        onReset={() => {
          // A filter carried in the address would be applied again: it goes first.
          update(noUrlFilter());
          action.mutate(
            { func: filterFunc, params: dropFilterParams() },
            {
              onError: (error) => {
                setOutcome({ error });
              },
            },
          );
        }}
      />
      {group.starting !== undefined && <Spinner label={`${group.starting}…`} />}
      {group.run && group.code && (
        <group.code.GroupResults
          run={group.run}
          onCancel={group.cancel}
          onDismiss={() => {
            group.dismiss();
            // The panel and its focused button go: focus returns to the page's heading.
            const title = document.getElementById("page-title");
            if (title) {
              title.tabIndex = -1;
              title.focus();
            }
          }}
          onSelectFailed={(keys) => {
            selection.selectAll(false);
            for (const key of keys) selection.select(key, { toggle: true });
          }}
        />
      )}
      {outcome?.error !== undefined && (
        <RequestError
          error={outcome.error}
          // After a lost answer the way forward is to look again, never to run it again.
          onRetry={outcome.error instanceof UnknownResultError ? refetch : undefined}
        />
      )}
      {list.rows.length === 0 ? (
        <p className="empty-state">
          {list.filter.length > 0 ? t("nothingMatches") : t("nothingHere")}
        </p>
      ) : (
        <ListTable
          panel={panel}
          list={list}
          columns={columns}
          selectedKeys={selection.selectedKeys}
          onSelect={selection.select}
          onSelectAll={selection.selectAll}
          onSort={sort}
          onOpen={openDefault}
          rowActions={cards ? (row) => rowMenu(list, row, actions.run, t) : undefined}
          changedKeys={changed}
          progress={rowProgress}
        />
      )}
      <StatusLegend columns={columns} messages={list.messages} />
      <ListPager
        list={list}
        onPage={(page) => {
          update({ p_num: String(page) });
        }}
        onPageSize={(size) => {
          setPageSize(prefsKey, size);
          update({ p_cnt: String(size), p_num: undefined });
        }}
      />
      {actions.confirm && (
        <ConfirmAction
          pending={actions.confirm}
          list={list}
          onCancel={actions.cancelConfirm}
          onAccept={actions.acceptConfirm}
        />
      )}
      <PrintFooter filter={list.filter} rows={rowRange(list, t("rowsShown"))} />
    </section>
  );
}
