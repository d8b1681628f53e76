import { MgrFault } from "./errors";

const ipv4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

function isIpv6(value: string): boolean {
  if (!/^[0-9a-fA-F:.]+$/.test(value) || value.split("::").length > 2) return false;
  const groups = value.split(":");
  if (groups.length < 3 || groups.length > 8) return false;
  return groups.every((group) => group === "" || /^[0-9a-fA-F]{1,4}$/.test(group));
}

export function isIp(value: string): boolean {
  return ipv4.test(value) || isIpv6(value);
}

const hostnamePattern =
  /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)(\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/** Returns the normalised value, or a message key when invalid. */
type Validator = (value: string, args: string) => { value: string } | { problem: string };

const texts: Record<"en" | "ru", Record<string, string>> = {
  en: {
    int: "Enter a whole number",
    range: "Enter a number from __min__ to __max__",
    ip: "Enter an IPv4 or IPv6 address",
    email: "Enter an email address such as name@example.com",
    hostname: "Enter a domain name such as host.example.com",
    username: "Use 1–32 letters, digits, dots, dashes or underscores, starting with a letter",
    password: "Use at least 6 characters",
    sshkey: "Paste a public key starting with ssh-rsa, ssh-ed25519 or ecdsa-sha2-",
  },
  ru: {
    int: "Введите целое число",
    range: "Введите число от __min__ до __max__",
    ip: "Введите адрес IPv4 или IPv6",
    email: "Введите адрес почты, например name@example.com",
    hostname: "Введите доменное имя, например host.example.com",
    username: "От 1 до 32 латинских букв, цифр, точек, дефисов или подчёркиваний, первая — буква",
    password: "Не меньше 6 символов",
    sshkey: "Вставьте открытый ключ, начинающийся с ssh-rsa, ssh-ed25519 или ecdsa-sha2-",
  },
};

const validators: Record<string, Validator> = {
  int(value, args) {
    if (!/^-?\d{1,15}$/.test(value.trim())) return { problem: "int" };
    const number = Number(value.trim());
    const [min, max] = args
      .split(",")
      .map((part) => (part.trim() === "" ? undefined : Number(part)));
    if ((min !== undefined && number < min) || (max !== undefined && number > max))
      return { problem: `range:${min ?? ""}:${max ?? ""}` };
    return { value: String(number) };
  },
  ip: (value) => (isIp(value.trim()) ? { value: value.trim().toLowerCase() } : { problem: "ip" }),
  email: (value) =>
    /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/.test(value.trim()) && value.length <= 254
      ? { value: value.trim() }
      : { problem: "email" },
  hostname: (value) =>
    hostnamePattern.test(value.trim())
      ? { value: value.trim().toLowerCase() }
      : { problem: "hostname" },
  username: (value) =>
    /^[a-zA-Z][a-zA-Z0-9._-]{0,31}$/.test(value) ? { value } : { problem: "username" },
  password: (value) => (value.length >= 6 ? { value } : { problem: "password" }),
  sshkey: (value) =>
    /^(ssh-rsa|ssh-ed25519|ecdsa-sha2-\S+) [A-Za-z0-9+/=]{16,}( .*)?$/.test(value.trim())
      ? { value: value.trim() }
      : { problem: "sshkey" },
};

export const validatorNames = Object.keys(validators);

export function hasValidator(name: string): boolean {
  return name in validators;
}

/**
 * Runs validator `name` (mgr5-protocol.md §6.8) and returns the normalised value; throws a
 * `value` fault on `field` whose message says what is expected.
 */
export function validate(
  name: string,
  value: string,
  args: string,
  field: string,
  lang: "en" | "ru",
): string {
  const validator = validators[name];
  if (!validator) return value;
  const result = validator(value, args);
  if ("value" in result) return result.value;
  const [key = "", min = "", max = ""] = result.problem.split(":");
  const text = (texts[lang][key] ?? key)
    .replace("__min__", min || "−∞")
    .replace("__max__", max || "∞");
  throw new MgrFault("value", field, value.slice(0, 100), undefined, text);
}
