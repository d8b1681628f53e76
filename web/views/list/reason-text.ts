import type { Translate } from "../../ui/lang-context";
import { lookup } from "../../xjson/dict";
import type { ListModel } from "../../xjson/model";
import type { DisabledReason } from "../../xjson/toolbar-reason";

/** What a disabled button says: the selection it needs, or the rows that refuse it. */
export function reasonText(
  reason: DisabledReason | undefined,
  list: ListModel,
  t: Translate,
): string | undefined {
  if (!reason) return undefined;
  if (reason.kind !== "rows") return t(reason.kind === "selectOne" ? "selectOne" : "selectSome");
  const names = reason.rows.map(
    (row) => lookup(row.cells, list.keyname)?.text ?? lookup(row.cells, list.key)?.text ?? row.key,
  );
  const named = names.join(list.messages.msg_confirm_delimiter ?? ", ");
  return t("notForRows", { rows: reason.more ? `${named}…` : named });
}
