import { partTexts } from "../../ui/part-texts";
import type { UiLang } from "../../ui/strings";

/**
 * The interface's own words of reports, charts and dashboard blocks, beside the shared ones of
 * ui/strings.ts; `{name}` marks are filled in by the caller.
 */
const en = {
  noRows: "No rows.",
  notBuilt: "Choose the parameters and press “{show}” to build the report.",
  building: "Building the report…",
  unsupportedChart: "This kind of chart cannot be drawn by this interface yet: {type}",
  unsupportedBlock: "This kind of block is not supported by this interface yet: {type}",
  openInWindow: "Open in a new window",
  addressRefused:
    "This block's address is neither a page of this panel nor an http(s) address, so it is not shown: {address}",
  reportToolbar: "Report actions",
  openAll: "Open the whole list",
};

export type ReportTextKey = keyof typeof en;

const reportTexts: Record<UiLang, Record<ReportTextKey, string>> = {
  en,
  ru: {
    noRows: "Строк нет.",
    notBuilt: "Выберите параметры и нажмите «{show}», чтобы построить отчёт.",
    building: "Строим отчёт…",
    unsupportedChart: "Такую диаграмму этот интерфейс пока не рисует: {type}",
    unsupportedBlock: "Такой блок этот интерфейс пока не поддерживает: {type}",
    openInWindow: "Открыть в новом окне",
    addressRefused:
      "Адрес этого блока — не страница этой панели и не адрес http(s), поэтому он не показан: {address}",
    reportToolbar: "Действия отчёта",
    openAll: "Открыть весь список",
  },
};

/** Words of reports and blocks in the current language, with `{name}` marks filled in. */
export const useReportText = partTexts(reportTexts);
