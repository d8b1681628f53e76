/**
 * An address inside the app from what the code does not control (history state, storage, another
 * tab): one from the app's root, never `//host` or `/\host` (another site), else undefined.
 * It lives with the stores, which read such addresses back, so every layer can check with it.
 */
export function appAddress(value: unknown): `/${string}` | undefined {
  return typeof value === "string" && /^\/(?![/\\])/.test(value)
    ? (value as `/${string}`)
    : undefined;
}
