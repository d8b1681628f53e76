import { partTexts } from "../ui/part-texts";

/** The words of an `ok` opened as a page; the shared ones are in ui/strings-*.ts. */
export const useOkText = partTexts({
  en: {
    done: "Done",
    actionDone: "The panel did what was asked.",
    openedInWindow: "The panel's answer was opened in a new window.",
  },
  ru: {
    done: "Выполнено",
    actionDone: "Панель выполнила запрошенное.",
    openedInWindow: "Ответ панели открыт в новом окне.",
  },
});
