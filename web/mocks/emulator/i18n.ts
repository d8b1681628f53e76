export const languages = ["en", "ru"] as const;
export type Lang = (typeof languages)[number];

/** Every text the emulator sends exists in both languages. */
export type Texts = Record<Lang, Record<string, string>>;

export function pickLang(value: string | undefined): Lang {
  return value === "ru" ? "ru" : "en";
}

/** Fills `__name__` placeholders, the way mgr5 error templates do. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/__(\w+)__/g, (whole, key: string) => values[key] ?? whole);
}

export const levelNames: Texts = {
  en: { "16": "User", "29": "Administrator", "30": "Superuser" },
  ru: { "16": "Пользователь", "29": "Администратор", "30": "Суперпользователь" },
};
