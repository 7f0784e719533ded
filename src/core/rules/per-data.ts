/**
 * `find`, remembered per data object: several rules that read the same facts of a file (all its
 * texts, all its gaps) compute them once per check. Keyed weakly by the data, so a checked file's
 * facts go with it; the check never changes its data, and the rules only read what they get.
 */
export function perData<T>(find: (data: Record<string, unknown>) => T): (data: Record<string, unknown>) => T {
  const known = new WeakMap<object, T>();
  return (data) => {
    if (known.has(data)) return known.get(data) as T;
    const found = find(data);
    known.set(data, found);
    return found;
  };
}
