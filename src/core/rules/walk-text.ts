import type { PathSegment } from '../../findings.js';
import { isMap } from '../domain/data-access.js';

/**
 * Calls `visit` for every string in the data, in document order: each map key (`key: true`, the
 * path ends in that key) and each value (`key: false`). Iterative with its own stack, so no nesting
 * the YAML parser accepts can exhaust the call stack.
 */
export function walkText(data: unknown, visit: (text: string, path: PathSegment[], key: boolean) => void): void {
  const stack: Array<{ node: unknown; path: PathSegment[]; key?: string }> = [{ node: data, path: [] }];
  while (stack.length > 0) {
    const { node, path, key } = stack.pop()!;
    if (key !== undefined) visit(key, path, true);
    if (typeof node === 'string') visit(node, path, false);
    else if (Array.isArray(node)) for (let i = node.length - 1; i >= 0; i--) stack.push({ node: node[i], path: [...path, i] });
    else if (isMap(node)) {
      const keys = Object.keys(node);
      for (let i = keys.length - 1; i >= 0; i--) stack.push({ node: node[keys[i]!], path: [...path, keys[i]!], key: keys[i]! });
    }
  }
}

/** Calls `visit` for every list and map with its path and nesting depth (the root is depth 0); iterative as above. */
export function walkContainers(data: unknown, visit: (node: unknown[] | Record<string, unknown>, path: PathSegment[], depth: number) => boolean | undefined): void {
  const stack: Array<{ node: unknown; path: PathSegment[] }> = [{ node: data, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (!Array.isArray(node) && !isMap(node)) continue;
    // A visitor returning false stops the walk below this node (e.g. past the depth limit).
    if (visit(node, path, path.length) === false) continue;
    if (Array.isArray(node)) for (let i = node.length - 1; i >= 0; i--) stack.push({ node: node[i], path: [...path, i] });
    else for (const key of Object.keys(node).reverse()) stack.push({ node: node[key], path: [...path, key] });
  }
}
