/**
 * Name-keyed maps of the models (messages, cells, attributes, parameters). The names come from
 * the panel, and a panel or a proxy may send `__proto__`, `constructor` or `toString` as one: in a
 * map made with `{}` those would read Object's members or replace the map's prototype. These maps
 * have no prototype, so every name is a plain key and a name the document did not send reads as
 * undefined.
 */

/** An empty map without a prototype; model maps are made only with this. */
export function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A prototype-free map of these entries; a later duplicate name wins, as in JSON. */
export function dictOf<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const result = dict<T>();
  for (const [key, value] of entries) result[key] = value;
  return result;
}

/**
 * A map's own entry, never an inherited one. Helpers read maps they did not make (a view's
 * values, a model copied into a plain object by a cache) through this, so `constructor` is
 * undefined there too.
 */
export function lookup<T>(map: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}
