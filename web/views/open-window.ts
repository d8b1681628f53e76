/**
 * Opens an address the panel answered in a new window (an `ok` with a URL, a `blank` button,
 * §6.9). Only http(s) is followed: anything else (javascript:, data:, file:) is refused, and the
 * caller reports it. True when a window was opened.
 */
export function openWindow(address: string): boolean {
  if (!isWebAddress(address)) return false;
  window.open(new URL(address, window.location.origin).href, "_blank", "noopener,noreferrer");
  return true;
}

/** Whether an address is a web page (http or https), the only kind followed. */
export function isWebAddress(address: string): boolean {
  try {
    const { protocol } = new URL(address, window.location.origin);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}
