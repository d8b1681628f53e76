export type Tone = "ok" | "bad" | "warn" | "busy" | "muted";

/**
 * Words and colours for the icon names mgr5 lists use. The word says the state at a glance; the
 * panel's hint (the accessible name and tooltip) says the rest. An icon not known here gets a
 * neutral pill with its own name, never a blank.
 */
const looks: Record<string, { tone: Tone; en: string; ru: string }> = {
  "p-on": { tone: "ok", en: "On", ru: "Вкл." },
  "p-off": { tone: "muted", en: "Off", ru: "Выкл." },
  "p-error": { tone: "bad", en: "Problem", ru: "Сбой" },
  "p-disabled": { tone: "muted", en: "Disabled", ru: "Отключён" },
  "p-blocked": { tone: "bad", en: "Blocked", ru: "Заблокирован" },
  "p-hwproblem": { tone: "warn", en: "Hardware", ru: "Оборудование" },
  "p-diag": { tone: "busy", en: "Diagnostics", ru: "Диагностика" },
  "p-main": { tone: "ok", en: "Main", ru: "Основной" },
  "p-install": { tone: "busy", en: "Installing", ru: "Установка" },
  "p-failed": { tone: "bad", en: "Failed", ru: "Ошибка" },
};

/** The word and tone a status icon is drawn with, for the pill and the legend. */
export function statusLook(img: string, lang: "en" | "ru") {
  const look = looks[img];
  return look
    ? { tone: look.tone, word: look[lang] }
    : { tone: "muted" as Tone, word: img.replace(/^p-/, "") };
}
