import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { CheckOptions } from '../core/check.js';
import { MAX_FILE_BYTES } from '../core/load/decode.js';
import type { LoadedBase } from '../core/extends.js';
import { isInside } from '../files/inside.js';
import { readRegularFileSync, requireRegularFile } from '../files/regular-file.js';
import { STDIN_NAME } from './inputs/expand.js';

type BaseFileAccess = Required<Pick<CheckOptions, 'readFile' | 'rootLevelsUp' | 'baseCache' | 'checkFile'>>;

/** What the core needs for one checked file, and which base files the run has read so far. */
export interface BaseFiles {
  (file: string): BaseFileAccess;
  /** Real paths of the base files read in this run: nothing swa writes may replace them. */
  readonly read: ReadonlySet<string>;
}

/**
 * What the core needs to follow `extends`, for one command run: a way to read base files, the
 * repository root for each checked file, and one cache per repository, so a region's base is
 * parsed once per run (and never kept into the next run, when the file may have changed).
 *
 * The core checks `extends` on the path as written; the reader here checks where the path really
 * leads. A base that leaves the repository through a symlink (`regio.yaml -> ../buiten.yaml`) is
 * refused with code EOUTSIDE, which the core reports like `../buiten.yaml` written directly.
 */
export function baseFilesFor(cwd: string): BaseFiles {
  const caches = new Map<string, Map<string, LoadedBase>>();
  const read = new Set<string>();
  const realPaths = new Map<string, string | null>();
  const real = (path: string): string | null => {
    if (!realPaths.has(path)) {
      let result: string | null = null;
      try {
        result = realpathSync(path);
      } catch {
        // Missing or a loop: reading it gives the precise reason.
      }
      realPaths.set(path, result);
    }
    return realPaths.get(path)!;
  };

  // A region's files share a directory: look for `.git` above it once, not once per file.
  const levelsByDirectory = new Map<string, number>();
  const forFile = (file: string): BaseFileAccess => {
    const start = file === STDIN_NAME ? resolve(cwd) : dirname(resolve(cwd, file));
    let rootLevelsUp = levelsByDirectory.get(start);
    if (rootLevelsUp === undefined) levelsByDirectory.set(start, (rootLevelsUp = levelsToProjectRoot(start, resolve(cwd))));
    let root = start;
    for (let level = 0; level < rootLevelsUp; level += 1) root = dirname(root);
    const realRoot = real(root) ?? root;
    let baseCache = caches.get(realRoot);
    if (!baseCache) caches.set(realRoot, (baseCache = new Map()));
    const readFile = (path: string): Uint8Array => {
      const absolute = resolve(cwd, path);
      const realPath = real(absolute);
      if (realPath !== null && !isInside(realRoot, realPath)) throw Object.assign(new Error(path), { code: 'EOUTSIDE' });
      if (realPath !== null) read.add(realPath);
      // Like an input file: only a regular file, never more than an agreements file can be.
      return readRegularFileSync(absolute, MAX_FILE_BYTES).bytes;
    };
    // A bijlage is checked like a base file (real path inside the repository, a regular file), but never read.
    const checkFile = (path: string): void => {
      const absolute = resolve(cwd, path);
      const realPath = real(absolute);
      if (realPath !== null && !isInside(realRoot, realPath)) throw Object.assign(new Error(path), { code: 'EOUTSIDE' });
      requireRegularFile(statSync(absolute), path);
    };
    return { readFile, rootLevelsUp, baseCache, checkFile };
  };
  return Object.assign(forFile, { read });
}

/**
 * The project root that `extends` may not leave: the nearest directory upwards with `.git`.
 * Without a repository it is the directory swa runs in, when the file lies inside it (a region
 * folder copied anywhere works as it does in its repository), and otherwise the file's own directory.
 */
function levelsToProjectRoot(directory: string, cwd: string): number {
  let current = directory;
  for (let levels = 0; ; levels += 1) {
    if (existsSync(resolve(current, '.git'))) return levels;
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  const fromCwd = relative(cwd, directory);
  return isInside(cwd, directory) && fromCwd !== '' ? fromCwd.split(sep).length : 0;
}
