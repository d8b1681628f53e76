import { partTexts } from "../../ui/part-texts";

/** The sign-in-again dialog's own words; the shared ones are in ui/strings-*.ts. */
export const useReauthText = partTexts({
  en: {
    sessionExpiredText:
      "Log in again to carry on: this page, your selection and anything you typed stay as they are.",
    keySessionEnded:
      "Your session in the control panel has ended. To come back, open the control panel again from your billing account.",
  },
  ru: {
    sessionExpiredText:
      "Войдите снова, чтобы продолжить: страница, выбор и всё введённое останутся на месте.",
    keySessionEnded:
      "Сессия в панели управления завершилась. Чтобы вернуться, снова откройте панель из личного кабинета биллинга.",
  },
});
