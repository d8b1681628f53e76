/**
 * Opens an address the panel answered in a new window (an `ok` with a URL, a `blank` button,
 * §6.9). Only http(s) is followed: anything else (javascript:, data:, file:) is refused, and the
 * caller reports it. True when a window was opened.
 */
export function openWindow(address: string): boolean {
  let url: URL;
  try {
    url = new URL(address, window.location.origin);
  } catch {
    return false;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return false;
  window.open(url.href, "_blank", "noopener,noreferrer");
  return true;
}
