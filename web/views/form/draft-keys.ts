/** Where a tab keeps its form drafts (sessionStorage), apart from the form code that writes them. */
export const draftPrefix = "dci-console.draft.";

/** Forgets every draft of this tab (the identity changed). */
export function clearDrafts(): void {
  for (const key of Object.keys(sessionStorage))
    if (key.startsWith(draftPrefix)) sessionStorage.removeItem(key);
}
