import { closeSync, constants, existsSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { CheckOptions } from '../core/check.js';
import { MAX_FILE_BYTES } from '../core/load/decode.js';
import type { LoadedBase } from '../core/load/extends.js';
import { STDIN_NAME } from './inputs/expand.js';

export type BaseFileAccess = Required<Pick<CheckOptions, 'readFile' | 'rootLevelsUp' | 'baseCache'>>;

/**
 * What the core needs to follow `extends`, for one command run: a way to read base files, the
 * repository root for each checked file, and one cache, so a region's base is parsed once per
 * run (and never kept into the next run, when the file may have changed).
 */
export function baseFilesFor(cwd: string): (file: string) => BaseFileAccess {
  const baseCache = new Map<string, LoadedBase>();
  const readFile = (path: string): Uint8Array => readRegularFile(resolve(cwd, path));
  return (file) => {
    const start = file === STDIN_NAME ? resolve(cwd) : dirname(resolve(cwd, file));
    return { readFile, rootLevelsUp: levelsToProjectRoot(start, resolve(cwd)), baseCache };
  };
}

/**
 * Reads a base file like an input file is read: a pipe would block forever and a huge file is no
 * agreements file, so both are refused before reading (as Node-style errors the core explains).
 */
function readRegularFile(path: string): Uint8Array {
  const descriptor = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = fstatSync(descriptor);
    if (info.isDirectory()) throw Object.assign(new Error(path), { code: 'EISDIR' });
    if (!info.isFile()) throw Object.assign(new Error(path), { code: 'ENOTFILE' });
    if (info.size > MAX_FILE_BYTES) throw Object.assign(new Error(path), { code: 'EFBIG' });
    return readFileSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
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
