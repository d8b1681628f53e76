import { fill, type Lang, type Texts } from "./i18n";
import { el, type XNode } from "./tree";

const errorTexts: Texts = {
  en: {
    access: "Insufficient privileges to perform this operation",
    "access.session": "The session is missing or has expired. Please log in again",
    "auth.badpassword": "Invalid username or password",
    "auth.blocklogon":
      "Too many failed login attempts. Logging in is blocked for a while, try again later",
    "auth.disabled": "The account '__value__' is disabled",
    "auth.badip": "Access from this IP address is denied",
    "auth.key": "The login key is invalid, has already been used or has expired",
    missed: "Missing or unknown __object__ '__value__'",
    "missed.func": "Unknown function '__value__'",
    value: "Invalid value of field '__object__'",
    "value.body": "The request body is too large or malformed",
    "value.sudisabled": "The account '__value__' is disabled: enable it to log in as this user",
    exists: "__object__ '__value__' already exists",
  },
  ru: {
    access: "Недостаточно прав для выполнения операции",
    "access.session": "Сессия отсутствует или истекла. Войдите снова",
    "auth.badpassword": "Неверное имя пользователя или пароль",
    "auth.blocklogon":
      "Слишком много неудачных попыток входа. Вход временно заблокирован, попробуйте позже",
    "auth.disabled": "Учётная запись '__value__' отключена",
    "auth.badip": "Доступ с этого IP-адреса запрещён",
    "auth.key": "Ключ входа неверен, уже использован или истёк",
    missed: "Отсутствует или не найден объект __object__ '__value__'",
    "missed.func": "Неизвестная функция '__value__'",
    value: "Неверное значение поля '__object__'",
    "value.body": "Тело запроса слишком велико или повреждено",
    "value.sudisabled":
      "Учётная запись '__value__' отключена: включите её, чтобы войти как этот пользователь",
    exists: "__object__ '__value__' уже существует",
  },
};

export type FaultType = "missed" | "value" | "access" | "exists" | "auth";

/**
 * An mgr5 error. Handlers throw it; the core answers it as an `error` document with HTTP 200,
 * and nothing in the state has changed (handlers validate before they write).
 */
export class MgrFault extends Error {
  constructor(
    readonly type: FaultType,
    readonly object: string,
    readonly value = "",
    /** A message key of errorTexts, when it is not `type.object` or `type`. */
    readonly textKey?: string,
    /** A ready text, for validators that explain themselves. */
    readonly detail?: string,
  ) {
    super(`${type}(${object}) ${value}`);
    this.name = "MgrFault";
  }
}

export function errorNode(fault: MgrFault, lang: Lang): XNode {
  const texts = errorTexts[lang];
  const template =
    fault.detail ??
    (fault.textKey ? texts[fault.textKey] : undefined) ??
    texts[`${fault.type}.${fault.object}`] ??
    texts[fault.type] ??
    fault.type;
  const msg = fill(template, { object: fault.object, value: fault.value });
  return el(
    "error",
    { type: fault.type, object: fault.object, lang },
    el("param", { name: "object", type: "msg", msg: fault.object }, fault.object),
    el("param", { name: "value" }, fault.value),
    // Real panels send `detail` with the same text as `msg`: ISPmanager 6
    // (web/xjson/fixtures/real/khorsa-ispmgr6-session.newkey-error.json) and BILLmanager
    // (code-index id 31857086119, testFalseXML: <detail> then <msg>, both the same). Clients
    // that need it: Khorsa/php-ispmanager-api:src/IspFunctionsAbstract.php:38 (an error is
    // `doc.error.detail.$`), GlobalArtInc/cert-manager-webhook-ispmanager:
    // ispmanager/internal/client.go:39-53.
    el("detail", {}, msg),
    el("msg", {}, msg),
  );
}
