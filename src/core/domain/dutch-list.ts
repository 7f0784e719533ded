/** ["a", "b", "c"] → "a, b en c". */
export function dutchList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}
