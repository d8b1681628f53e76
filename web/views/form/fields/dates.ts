/** The panel writes `2026-11-29 14:05[:00]`; a datetime-local input wants `2026-11-29T14:05`. */
export function toLocalInput(value: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})/.exec(value.trim());
  return match ? `${match[1]}T${match[2]}` : value;
}

/** Back from the input to the panel's form. */
export function fromLocalInput(value: string): string {
  return value.replace("T", " ");
}
