/**
 * React keys for things the panel names: columns, rows, fields, pages, buttons, options, blocks.
 * A panel or a proxy may send one name twice (issue #7), and two children with one key make React
 * drop or duplicate one of them. Each item keeps its name as its key, so identity across renders
 * is what it always was; a name seen before gets a suffix, and the keys are unique whatever the
 * names are.
 */
export function uniqueKeys<T>(items: readonly T[], nameOf: (item: T) => string): string[] {
  const used = new Set<string>();
  const next = new Map<string, number>();
  return items.map((item) => {
    const name = nameOf(item);
    let key = name;
    let count = next.get(name) ?? 0;
    while (used.has(key)) {
      count += 1;
      key = `${name}~${count}`;
    }
    next.set(name, count);
    used.add(key);
    return key;
  });
}
