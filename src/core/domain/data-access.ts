import type { PathSegment } from '../../findings.js';

export type PlainMap = Record<string, unknown>;

export function isMap(value: unknown): value is PlainMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function getIn(data: unknown, path: readonly PathSegment[]): unknown {
  let node = data;
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === 'number') node = node[segment];
    else if (isMap(node)) node = node[String(segment)];
    else return undefined;
  }
  return node;
}

export function hasKey(data: unknown, path: readonly PathSegment[]): boolean {
  const parent = getIn(data, path.slice(0, -1));
  const last = path.at(-1);
  return isMap(parent) && last !== undefined && Object.hasOwn(parent, String(last));
}

export function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}
