import type { PathSegment } from '../findings.js';
import { isMap } from './domain/data-access.js';

/**
 * The values of the merged data that come from a base file (extends), as the dotted paths of whole
 * subtrees: a key the file itself does not write. Maps merge key by key and anything else in the
 * file replaces the base's (core/load/merge.ts), so below a path listed here everything is the
 * base's, and every other path is the file's own.
 */
export function inheritedPaths(own: unknown, merged: unknown, path: readonly PathSegment[] = []): string[] {
  if (!isMap(merged)) return [];
  const result: string[] = [];
  for (const [key, value] of Object.entries(merged)) {
    if (!isMap(own) || !Object.hasOwn(own, key)) result.push([...path, key].join('.'));
    else if (isMap(value) && isMap(own[key])) for (const inner of inheritedPaths(own[key], value, [...path, key])) result.push(inner);
  }
  return result;
}
