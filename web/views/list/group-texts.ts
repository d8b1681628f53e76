import { fillMarks, type TextFill } from "../../ui/fill-marks";
import { partTexts } from "../../ui/part-texts";
import type { UiLang } from "../../ui/strings";

/** The words of group actions' results; the shared ones are in ui/strings-*.ts. */
const groupTexts = {
  en: {
    groupRunning: "{action}: {done} of {total} done…",
    groupFinished: "{action}: done for {done} of {total}",
    groupFailedCount: "{count} refused by the panel",
    groupUnknownCount: "{count} may have been done (the answer was lost)",
    groupSkippedCount: "{count} not started",
    groupCancelRest: "Stop the rest",
    groupNotAllDone: "{action}: done for {done} of {total}; not done for {objects}",
    groupSelectNotDone: "Select the ones not done",
  },
  ru: {
    groupRunning: "{action}: выполнено {done} из {total}…",
    groupFinished: "{action}: выполнено для {done} из {total}",
    groupFailedCount: "{count} — отказ панели",
    groupUnknownCount: "{count} — результат неизвестен (ответ потерян)",
    groupSkippedCount: "{count} — не начато",
    groupCancelRest: "Остановить остальные",
    groupNotAllDone: "{action}: выполнено для {done} из {total}; не выполнено: {objects}",
    groupSelectNotDone: "Выбрать невыполненные",
  },
};

type GroupTextKey = keyof (typeof groupTexts)["en"];

export const useGroupText = partTexts(groupTexts);

/** The same words outside a component (a notice written when a run ends). */
export function groupText(lang: UiLang, key: GroupTextKey, fill?: TextFill): string {
  return fillMarks(groupTexts[lang][key], fill);
}
