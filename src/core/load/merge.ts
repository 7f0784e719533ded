import { isMap, type PlainMap } from '../domain/data-access.js';

/** Keys that say something about the file itself, never about the agreements: not inherited. */
export const PER_FILE_KEYS = ['extends', 'basis'] as const;

/**
 * The agreements of a chain of files, child first: maps merge key by key, anything else in the
 * child (text, a list, or an empty value) replaces what the base says there. An empty value is
 * kept as empty, so `swa check` reports it as an open point on the child's line.
 */
export function mergeChain(chain: readonly PlainMap[]): PlainMap {
  const [child, ...bases] = chain;
  if (!child) return {};
  let merged: PlainMap = {};
  for (const base of [...bases].reverse()) merged = mergeMaps(merged, withoutPerFileKeys(base));
  return mergeMaps(merged, child);
}

function mergeValue(base: unknown, child: unknown): unknown {
  return isMap(base) && isMap(child) ? mergeMaps(base, child) : child;
}

function mergeMaps(base: PlainMap, child: PlainMap): PlainMap {
  const merged: PlainMap = { ...base };
  for (const [key, value] of Object.entries(child)) {
    merged[key] = Object.hasOwn(base, key) ? mergeValue(base[key], value) : value;
  }
  return merged;
}

function withoutPerFileKeys(data: PlainMap): PlainMap {
  const copy = { ...data };
  for (const key of PER_FILE_KEYS) delete copy[key];
  return copy;
}
