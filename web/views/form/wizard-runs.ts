/** Where this tab keeps the wizards whose last step was sent (sessionStorage). */
const storageKey = "dci-console.wizards-done";

function read(): string[] {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(storageKey) ?? "[]");
    return Array.isArray(stored) ? stored.filter((id) => typeof id === "string") : [];
  } catch {
    return [];
  }
}

/** A new run of a wizard: its steps' history entries carry it. */
export function newWizardRun(): string {
  return Math.random().toString(36).slice(2, 10);
}

/** The run's last step was sent: its steps, gone Back to, no longer offer to send again. */
export function finishWizardRun(run: string): void {
  try {
    sessionStorage.setItem(storageKey, JSON.stringify([...read(), run].slice(-50)));
  } catch {
    // Without storage a step gone back to offers itself again, and the panel answers for it.
  }
}

export function isFinishedWizardRun(run: string | undefined): boolean {
  return run !== undefined && read().includes(run);
}
