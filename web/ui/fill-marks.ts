/** Marks to fill in a text: `{count}` takes `fill.count`. */
export type TextFill = Readonly<Record<string, string | number>>;

/** `text` with its `{name}` marks filled in from `fill`; a mark without a value stays as it is. */
export function fillMarks(text: string, fill: TextFill = {}): string {
  return text.replace(/\{(\w+)\}/g, (mark, name: string) =>
    Object.hasOwn(fill, name) ? String(fill[name]) : mark,
  );
}
