/**
 * The panel this build talks to by default, from `<meta name="mgr-panel">` in index.html so a
 * deployment can change it without a rebuild. URLs (`/<panel>/...`) override it per tab.
 */
export function defaultPanel(): string {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="mgr-panel"]')?.content.trim();
  return meta && /^[a-z][a-z0-9_]*$/.test(meta) ? meta : "dcimgr";
}

export function isPanelName(value: string | undefined): value is string {
  return value !== undefined && /^[a-z][a-z0-9_]*$/.test(value);
}
