import type { PathSegment, SourcePosition } from '../../findings.js';
import { isMap } from '../domain/data-access.js';
import { PER_FILE_KEYS } from './merge.js';
import { locateIn } from './locate.js';
import type { LoadedSource } from './source.js';

export interface Provenance extends SourcePosition {
  /**
   * The path is missing, and its nearest existing ancestor comes from a base file only: the gap
   * lies in the base, and the checked file inherits it.
   */
  inherited: boolean;
}

/**
 * Where a path of the merged agreements was written: in the child or in one of its base files.
 * A value that exists is found in the file that supplied it (for a merged map: the nearest file,
 * child first). A value that is missing is pointed at through its nearest existing ancestor: in
 * the checked file when that file has the ancestor itself (the gap is its own), otherwise in the
 * base file the ancestor comes from (the gap is inherited, and is filled in once, in the base).
 */
export function locateInChain(chain: readonly LoadedSource[], path: readonly PathSegment[], at: 'key' | 'value' = 'key'): Provenance {
  let contributors = chain.map((_, index) => index);
  let values = chain.map((layer) => layer.data);
  let depth = 0;
  for (const segment of path) {
    const next: number[] = [];
    const nextValues: unknown[] = [];
    for (const [i, index] of contributors.entries()) {
      if (index > 0 && depth === 0 && (PER_FILE_KEYS as readonly string[]).includes(String(segment))) continue;
      const value = childOf(values[i], segment);
      if (value === undefined) continue;
      if (next.length > 0 && !isMap(value.value)) break;
      next.push(index);
      nextValues.push(value.value);
      if (!isMap(value.value)) break;
    }
    if (next.length === 0) break;
    contributors = next;
    values = nextValues;
    depth += 1;
  }
  if (depth < path.length) {
    const own = depth === 0 || contributors.includes(0);
    const holder = chain[own ? 0 : contributors[0]!]!;
    return { ...locateIn(holder, path, 'key').position, inherited: !own };
  }
  const owner = chain[contributors[0] ?? 0]!;
  return { ...locateIn(owner, path, at).position, inherited: false };
}

function childOf(node: unknown, segment: PathSegment): { value: unknown } | undefined {
  if (Array.isArray(node)) {
    const index = Number(segment);
    return Number.isInteger(index) && index >= 0 && index < node.length ? { value: node[index] } : undefined;
  }
  if (isMap(node) && Object.hasOwn(node, String(segment))) return { value: node[String(segment)] };
  return undefined;
}
