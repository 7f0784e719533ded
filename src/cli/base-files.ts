import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { CheckOptions } from '../core/check.js';
import type { LoadedBase } from '../core/load/extends.js';
import { STDIN_NAME } from './read-inputs.js';

/**
 * What the core needs to follow `extends` from one checked file: a way to read base files and
 * the repository root, which is the nearest directory upwards that contains `.git`, or else the
 * directory of the checked file itself.
 */
export function baseFileAccess(file: string, cwd: string): Required<Pick<CheckOptions, 'readFile' | 'rootLevelsUp' | 'baseCache'>> {
  const start = file === STDIN_NAME ? resolve(cwd) : dirname(resolve(cwd, file));
  return {
    readFile: (path) => readFileSync(resolve(cwd, path)),
    rootLevelsUp: levelsToRepositoryRoot(start),
    baseCache: cacheFor(resolve(cwd)),
  };
}

/** One command is one run: the base files do not change while it checks, so each is parsed once. Paths are per working directory. */
const caches = new Map<string, Map<string, LoadedBase>>();

function cacheFor(cwd: string): Map<string, LoadedBase> {
  let cache = caches.get(cwd);
  if (!cache) caches.set(cwd, (cache = new Map()));
  return cache;
}

function levelsToRepositoryRoot(directory: string): number {
  let current = directory;
  for (let levels = 0; ; levels += 1) {
    if (existsSync(resolve(current, '.git'))) return levels;
    const parent = dirname(current);
    if (parent === current) return 0;
    current = parent;
  }
}
