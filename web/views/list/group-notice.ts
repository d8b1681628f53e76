import type { Translate } from "../../ui/lang-context";
import type { UiLang } from "../../ui/strings";
import type { ListModel } from "../../xjson/model";
import { groupText } from "./group-texts";
import { namesIn } from "./row-names";
import type { GroupRun } from "./use-group-run";

/**
 * What a finished group action says as a notice: every object by name when all were done; when
 * some were not and its panel is no longer on screen (the list was left, sorted or paged), which
 * were not. A panel still shown says it itself.
 */
export function groupNotice(
  run: GroupRun,
  shown: boolean,
  list: ListModel,
  t: Translate,
  lang: UiLang,
): { text: string; tone: "success" | "info" } | undefined {
  const more = (count: number) => t("andMore", { count });
  const done = run.items.filter((item) => item.state === "done");
  if (done.length === run.items.length)
    return {
      tone: "success",
      text: t("actionDoneOn", {
        action: run.caption,
        objects: namesIn(
          done.map((item) => item.name),
          list,
          more,
        ),
      }),
    };
  if (shown) return undefined;
  const notDone = run.items.filter((item) => item.state !== "done").map((item) => item.name);
  return {
    tone: "info",
    text: groupText(lang, "groupNotAllDone", {
      action: run.caption,
      done: done.length,
      total: run.items.length,
      objects: namesIn(notDone, list, more),
    }),
  };
}
