import { partTexts } from "../../ui/part-texts";

/** The form's own words; the shared ones are in ui/strings-*.ts. */
export const useFormText = partTexts({
  en: {
    wizardDone: "This was done already: its last step has been sent. To do it again, start anew.",
    actionDone: "{action}: done",
    unsupportedField: "this kind of field is not supported yet",
    passwordsDiffer: "The passwords do not match",
    fixFields: "Some fields need attention.",
    draftRestored: "What you typed here before has been restored; it is not saved yet.",
    discardDraft: "Discard my changes",
    filesChosen: "Chosen",
    noMessages: "No messages yet.",
    attachments: "Attachments",
    captchaImage: "The picture to read",
    captchaNote:
      "Type the characters of the picture. If no picture is shown, this panel's captcha works only on its own login page.",
    maskMismatch: "The value does not fit the pattern",
    uploading: "Uploading",
    sendAgainTitle: "Send it again?",
    sendAgainText:
      "The answer to the last attempt was lost, so it may already have been done. Reload to see, or send it again anyway.",
    sendAgain: "Send again",
  },
  ru: {
    wizardDone:
      "Это уже сделано: последний шаг отправлен. Чтобы сделать это снова, начните заново.",
    actionDone: "{action}: выполнено",
    unsupportedField: "такое поле пока не поддерживается",
    passwordsDiffer: "Пароли не совпадают",
    fixFields: "Проверьте отмеченные поля.",
    draftRestored: "Введённое здесь раньше восстановлено; оно ещё не сохранено.",
    discardDraft: "Отменить мои изменения",
    filesChosen: "Выбрано",
    noMessages: "Сообщений пока нет.",
    attachments: "Вложения",
    captchaImage: "Картинка с символами",
    captchaNote:
      "Введите символы с картинки. Если картинки нет, капча этой панели работает только на её собственной странице входа.",
    maskMismatch: "Значение не соответствует шаблону",
    uploading: "Загрузка",
    sendAgainTitle: "Отправить ещё раз?",
    sendAgainText:
      "Ответ на прошлую попытку потерян, и она могла уже выполниться. Обновите, чтобы увидеть, или всё равно отправьте ещё раз.",
    sendAgain: "Отправить ещё раз",
  },
});
