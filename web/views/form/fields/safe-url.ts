/**
 * An address from the panel that may be followed or loaded: http(s), or a path of this origin.
 * Anything else (javascript:, data: outside images, other schemes) is refused.
 */
export function safeUrl(value: string, options: { images?: boolean } = {}): string | undefined {
  const trimmed = value.trim();
  if (trimmed === "") return undefined;
  if (options.images && /^data:image\/(png|gif|jpeg|webp|svg\+xml);/i.test(trimmed)) return trimmed;
  try {
    const url = new URL(trimmed, window.location.origin);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}
