import { callerOf, type FuncDef } from "../context";
import { MgrFault } from "../errors";
import { el } from "../tree";

/** How many pages one user's preferences may hold; the oldest go first. */
const maxPagesPerUser = 500;

/**
 * `func=collapse&page=<page>&collapse=on|off&action=<form func>` (mgr5-protocol.md §6.1): the
 * user collapsed or opened a page of a form. It answers an empty `ok`, and every later answer of
 * that form to that user carries `collapsed="yes"` on the page, or not, accordingly. The
 * preference is saved with the state but not journalled: it changes nothing on the panel.
 */
export function collapseFunction(isFunction: (name: string) => boolean): FuncDef {
  return {
    name: "collapse",
    summary:
      "Remember a form page collapsed (collapse=on) or open (off) for the user: page=<page>&action=<form func>",
    handle(ctx) {
      const { page = "", collapse = "", action = "" } = ctx.params;
      if (!/^[\w.-]{1,64}$/.test(page)) throw new MgrFault("value", "page", page.slice(0, 64));
      if (collapse !== "on" && collapse !== "off")
        throw new MgrFault("value", "collapse", collapse.slice(0, 64));
      if (action === "" || !isFunction(action) || action === "collapse")
        throw new MgrFault("missed", "action", action.slice(0, 100));
      const user = callerOf(ctx).user.name;
      const key = `${action}/${page}`;
      // The latest choice goes last, so the oldest are the first to go.
      const pages = Object.entries(ctx.state.collapsed[user] ?? {}).filter(
        ([name]) => name !== key,
      );
      pages.push([key, collapse === "on"]);
      ctx.state.collapsed[user] = Object.fromEntries(pages.slice(-maxPagesPerUser));
      return { children: [el("ok")], saved: true };
    },
  };
}
