/** The address of a panel function's view: `/<panel>/<func>?<params>` (every view is a URL). */
export function funcUrl(
  panel: string,
  func: string,
  params: Record<string, string | undefined> = {},
): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params))
    if (value !== undefined && value !== "") search.set(name, value);
  const query = search.toString();
  return `/${panel}/${encodeURIComponent(func)}${query ? `?${query}` : ""}`;
}

/** Where a form returns after OK or Cancel: the view it was opened from. */
export interface BackState {
  back?: string;
}
