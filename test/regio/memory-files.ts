import type { CheckOptions } from '../../src/core/check.js';

/** An in-memory file system for the pure core: paths exactly as the core asks for them. */
export function memoryFiles(files: Record<string, string>): Required<Pick<CheckOptions, 'readFile'>> & { bytes(path: string): Uint8Array } {
  const bytes = (path: string): Uint8Array => {
    const text = files[path];
    if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    return new TextEncoder().encode(text);
  };
  return { readFile: bytes, bytes };
}

/** 1-based line of the first line containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`"${needle}" not found`);
  return index + 1;
}
