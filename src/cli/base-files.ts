import { closeSync, constants, existsSync, fstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { CheckOptions } from '../core/check.js';
import { MAX_FILE_BYTES } from '../core/load/decode.js';
import type { LoadedBase } from '../core/extends.js';
import { STDIN_NAME } from './inputs/expand.js';

export type BaseFileAccess = Required<Pick<CheckOptions, 'readFile' | 'rootLevelsUp' | 'baseCache' | 'checkFile'>>;

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

  const forFile = (file: string): BaseFileAccess => {
    const start = file === STDIN_NAME ? resolve(cwd) : dirname(resolve(cwd, file));
    const rootLevelsUp = levelsToProjectRoot(start, resolve(cwd));
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
      return readRegularFile(absolute);
    };
    // A bijlage is checked like a base file (real path inside the repository, a regular file), but never read.
    const checkFile = (path: string): void => {
      const absolute = resolve(cwd, path);
      const realPath = real(absolute);
      if (realPath !== null && !isInside(realRoot, realPath)) throw Object.assign(new Error(path), { code: 'EOUTSIDE' });
      refuseNonFile(statSync(absolute), path);
    };
    return { readFile, rootLevelsUp, baseCache, checkFile };
  };
  return Object.assign(forFile, { read });
}

function isInside(directory: string, path: string): boolean {
  const rel = relative(directory, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * Reads a base file like an input file is read: a pipe or device is refused before it is opened
 * (and opened without blocking, should it change in between), a huge file is no agreements file.
 * The errors are Node-style ({code}); the core explains them.
 */
function readRegularFile(path: string): Uint8Array {
  refuseNonFile(statSync(path), path);
  const descriptor = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = fstatSync(descriptor);
    refuseNonFile(info, path);
    if (info.size > MAX_FILE_BYTES) throw Object.assign(new Error(path), { code: 'EFBIG' });
    // At most one byte over the limit is read, also when the file grows meanwhile.
    const buffer = Buffer.allocUnsafe(MAX_FILE_BYTES + 1);
    let size = 0;
    for (let n; size < buffer.length && (n = readSync(descriptor, buffer, size, buffer.length - size, null)) > 0; ) size += n;
    if (size > MAX_FILE_BYTES) throw Object.assign(new Error(path), { code: 'EFBIG' });
    return Uint8Array.prototype.slice.call(buffer, 0, size);
  } finally {
    closeSync(descriptor);
  }
}

function refuseNonFile(info: Stats, path: string): void {
  if (info.isDirectory()) throw Object.assign(new Error(path), { code: 'EISDIR' });
  if (!info.isFile()) throw Object.assign(new Error(path), { code: 'ENOTFILE' });
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
  const insideCwd = fromCwd === '' || (!fromCwd.startsWith('..') && !fromCwd.startsWith(sep) && !/^[a-z]:/i.test(fromCwd));
  return insideCwd && fromCwd !== '' ? fromCwd.split(sep).length : 0;
}
