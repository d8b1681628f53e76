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

/**
 * The panel an address belongs to: `/<panel>/...`, or `/manager/<panel>/...`, the other path a
 * panel answers on (mgr5-protocol.md §1.1). The one place that reads a panel name from a path.
 */
export function panelFromPath(pathname: string): string | undefined {
  const [first, second] = pathname.split("/").filter(Boolean);
  const panel = first === "manager" && second !== undefined ? second : first;
  return isPanelName(panel) ? panel : undefined;
}

/** The same address without a leading `/manager`, the form the app's routes use. */
export function withoutManagerPrefix(pathname: string): string {
  return pathname.replace(/^\/manager(?=\/)/, "");
}

/**
 * The start page a deployment names for its default panel (`<meta name="mgr-start-page"
 * content="server:list">`: the function and the kind of page), so the first sign-in on a browser
 * asks for it together with the menu, as a returning user's remembered one. Only a hint: the
 * menu's `startpage` still decides where the tab goes, and a wrong one costs one request.
 */
export function startPageHint(panel: string): { func: string; kind?: string } | undefined {
  if (panel !== defaultPanel()) return undefined;
  const meta = document
    .querySelector<HTMLMetaElement>('meta[name="mgr-start-page"]')
    ?.content.trim();
  const [func = "", kind] = (meta ?? "").split(":");
  return /^[a-z][\w.-]*$/i.test(func) ? { func, kind: kind || undefined } : undefined;
}
