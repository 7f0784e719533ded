import type { PathSegment, SourcePosition } from '../../findings.js';
import { isMap } from '../rules/data-access.js';
import { PER_FILE_KEYS } from './merge.js';
import { locate } from './locate.js';
import type { LoadedSource } from './source.js';

/**
 * Where a path of the merged agreements was written: in the child or in one of its base files.
 * A value that exists is found in the file that supplied it (for a merged map: the nearest file,
 * child first). A value that is missing is pointed at through the checked file's own nearest
 * ancestor: filling it in is the checked file's job, even when the section around it came from
 * the base.
 */
export function locateInChain(chain: readonly LoadedSource[], path: readonly PathSegment[], at: 'key' | 'value' = 'key'): SourcePosition {
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
    const child = chain[0]!;
    return locate(child.doc, child.lineCounter, child.file, path, 'key').position;
  }
  const owner = chain[contributors[0] ?? 0]!;
  return locate(owner.doc, owner.lineCounter, owner.file, path, at).position;
}

function childOf(node: unknown, segment: PathSegment): { value: unknown } | undefined {
  if (Array.isArray(node)) {
    const index = Number(segment);
    return Number.isInteger(index) && index >= 0 && index < node.length ? { value: node[index] } : undefined;
  }
  if (isMap(node) && Object.hasOwn(node, String(segment))) return { value: node[String(segment)] };
  return undefined;
}
