import { isAbsolute, relative, sep } from 'node:path';

/**
 * Whether `path` is `directory` or lies below it, by the path as written (resolve symlinks first
 * where they matter). `..name` is a file inside; only `..` itself or `../…` leads out.
 */
export function isInside(directory: string, path: string): boolean {
  const rel = relative(directory, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}
