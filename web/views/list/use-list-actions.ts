import { useState } from "react";
import { useLocation } from "react-router";

import { entryIndex } from "../../ui/history";
import { useNavigate } from "../../ui/navigation";
import { runAction } from "../../api/mutations";
import { lookup } from "../../xjson/dict";
import type { ButtonModel, ListModel, RowModel } from "../../xjson/model";
import { preloadPageKind } from "../page-kinds";
import { funcUrl, type BackState } from "../urls";

export interface PendingConfirm {
  button: ButtonModel;
  rows: RowModel[];
}

interface Options {
  panel: string;
  list: ListModel;
  refetch: () => void;
  /** Runs a group action (confirmed) and reports its result. */
  runGroup: (button: ButtonModel, rows: RowModel[]) => void;
  onError: (error: unknown) => void;
}

/** Button types whose function answers with a form (mgr5-protocol.md §5.2). */
const opensForm = new Set(["new", "edit", "groupform", "editnosel", "groupformnosel"]);

/**
 * What each toolbar button type does (mgr5-protocol.md §5.2): open a form or a sub-list, ask to
 * confirm a group action, run an action, open a window. Unknown types are reported, not ignored.
 */
export function useListActions({ panel, list, refetch, runGroup, onError }: Options) {
  const navigate = useNavigate();
  const location = useLocation();
  const [confirm, setConfirm] = useState<PendingConfirm>();
  const back = `${location.pathname}${location.search}`;
  const here = (button: ButtonModel, rows: RowModel[] = []): BackState =>
    button.name === "filter"
      ? { back, backIndex: entryIndex(), filterOf: list.func, from: list.title }
      : { back, backIndex: entryIndex(), from: list.title, subject: namesOf(rows) || undefined };
  const namesOf = (rows: RowModel[]) =>
    rows
      .slice(0, 3)
      .map((row) => lookup(row.cells, list.keyname)?.text ?? row.key)
      .join(", ") + (rows.length > 3 ? ", …" : "");
  const keysOf = (rows: RowModel[]) => rows.map((row) => row.key).join(", ");

  const openWindow = async (button: ButtonModel, rows: RowModel[]) => {
    // Opened at once, inside the click, so popup blockers let it through; filled in when the panel answers.
    const opened = window.open("about:blank", "_blank");
    try {
      const result = await runAction({
        func: button.func,
        params: { elid: keysOf(rows) || undefined, plid: list.plid, newwindow: "yes" },
      });
      const url = result.kind === "ok" ? result.text : undefined;
      if (!url || !/^https?:\/\//.test(url)) throw new Error("The panel sent no address to open");
      if (opened) {
        opened.opener = null;
        opened.location.href = url;
      } else window.open(url, "_blank", "noopener");
    } catch (error) {
      opened?.close();
      onError(error);
    }
  };

  const run = (button: ButtonModel, rows: RowModel[]) => {
    const elid = keysOf(rows);
    // A form the menu does not name: its renderer and parser load alongside its data.
    if (opensForm.has(button.type)) preloadPageKind("form");
    switch (button.type) {
      case "new":
        navigate(funcUrl(panel, button.func, { plid: list.plid }), { state: here(button) });
        return;
      case "edit":
      case "groupform":
        navigate(funcUrl(panel, button.func, { elid, plid: list.plid }), {
          state: here(button, rows),
        });
        return;
      case "editnosel":
      case "groupformnosel":
        navigate(funcUrl(panel, button.func, { plid: list.plid }), { state: here(button) });
        return;
      case "editlist":
        navigate(
          funcUrl(panel, button.func, {
            elid,
            elname: rows[0] && lookup(rows[0].cells, list.keyname)?.text,
          }),
        );
        return;
      case "list":
        navigate(funcUrl(panel, button.func));
        return;
      case "back": {
        const parent = list.breadcrumb.at(-2);
        navigate(parent ? funcUrl(panel, parent.func, parent.params) : funcUrl(panel, button.func));
        return;
      }
      case "refresh":
        refetch();
        return;
      case "group":
      case "groupdownload":
        setConfirm({ button, rows });
        return;
      case "action":
        runGroup(button, rows);
        return;
      case "window":
      case "windownosel":
      case "groupwindow":
        void openWindow(button, rows);
        return;
      case "url":
        window.open(button.func, "_blank", "noopener");
        return;
      default:
        onError(new Error(`The button type “${button.type}” is not supported yet`));
    }
  };

  return {
    run,
    confirm,
    cancelConfirm: () => {
      setConfirm(undefined);
    },
    acceptConfirm: () => {
      if (confirm) runGroup(confirm.button, confirm.rows);
      setConfirm(undefined);
    },
  };
}
