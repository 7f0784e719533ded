import { chmod, link, lstat, mkdir, readlink, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { EXIT, UserError } from './io.js';
import { errorCode, writeProblem } from '../core/domain/file-problems.js';
import { examineTarget, holdsSameBytes } from './output-target.js';
import { forget, removeStaleTemporaries, temporaryFor } from './temporary-files.js';

export type WriteOutcome = 'geschreven' | 'ongewijzigd' | 'vervangen';

/** Filesystems without hard links answer link(2) with one of these; there a rename publishes. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

/**
 * Writes a file so that it is never half-written: to a temporary file beside it, then published.
 * Only a regular file (or nothing) may stand at `path`. An existing file with other content is
 * only replaced with `force`; one with the same bytes is left alone (so re-running a command does
 * not touch timestamps). Without `force` the new file is published with link(2), which fails when
 * another process created the file in the meantime, so two runs into one directory never
 * silently overwrite each other's different document.
 */
export async function writeFileSafely(path: string, bytes: Uint8Array | string, options: { force: boolean; mode?: number }): Promise<WriteOutcome> {
  const content = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const before = await examineTarget(path);
  if (before.kind === 'file') {
    if (await holdsSameBytes(path, content)) return 'ongewijzigd';
    if (!options.force) throw differentFile(path);
  }
  const directory = dirname(path);
  try {
    await makeDirectory(directory);
  } catch (error) {
    throw new UserError(`De map ${directory} kan niet worden aangemaakt (${describe(error)}).`);
  }
  await removeStaleTemporaries(directory);

  const temporary = temporaryFor(path);
  try {
    await writeFile(temporary, content, { flag: 'wx' });
    // A file that is corrected in place keeps its permissions.
    if (options.mode !== undefined) await chmod(temporary, options.mode);
    if (before.kind === 'file') {
      await rename(temporary, path);
      return 'vervangen';
    }
    return await publishNew(temporary, path, content, options.force);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${path} kan niet worden geschreven (${describe(error)}). Controleer of de map bestaat en of u er mag schrijven.`);
  } finally {
    await rm(temporary, { force: true }).catch(() => undefined);
    forget(temporary);
  }
}

/** Publishes where nothing stood a moment ago; finds out whether someone else got there first. */
async function publishNew(temporary: string, path: string, content: Buffer, force: boolean): Promise<WriteOutcome> {
  try {
    await link(temporary, path);
    return 'geschreven';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (NO_HARD_LINKS.has(code)) {
      await rename(temporary, path);
      return 'geschreven';
    }
    if (code !== 'EEXIST') throw error;
  }
  // Something stands there: what another process (often a second swa render into the same directory) wrote just now, or a link.
  const now = await examineTarget(path);
  if (now.kind === 'file' && (await holdsSameBytes(path, content))) return 'ongewijzigd';
  // Absent to stat, yet there: a symlink to nothing, the user's own, replaced only when asked.
  const pointsTo = now.kind === 'absent' ? await danglingLink(path) : undefined;
  if (!force) throw pointsTo === undefined ? differentFile(path, true) : danglingLinkKept(path, pointsTo);
  await rename(temporary, path);
  return 'vervangen';
}

/** Where the symlink at `path` points, when one stands there. */
async function danglingLink(path: string): Promise<string | undefined> {
  try {
    return (await lstat(path)).isSymbolicLink() ? await readlink(path) : undefined;
  } catch {
    return undefined;
  }
}

function danglingLinkKept(path: string, target: string): UserError {
  return new UserError(
    `${path} is een snelkoppeling (symlink) naar ${target}, dat niet bestaat. swa schrijft niet via een snelkoppeling en vervangt haar niet ongevraagd. Verwijder de snelkoppeling, kies een andere map, of gebruik --force om haar door het nieuwe bestand te vervangen.`,
    EXIT.findings,
  );
}

function differentFile(path: string, meanwhile = false): UserError {
  // Exit 1, like a file render refuses: nothing is wrong with the command, a file was kept.
  return new UserError(
    meanwhile
      ? `${path} is zojuist door een ander proces gemaakt (bijvoorbeeld een tweede swa render in dezelfde map) en is anders dan wat nu gemaakt wordt. Het is niet overschreven; gebruik --force om het te vervangen.`
      : `${path} bestaat al en is anders dan wat nu gemaakt wordt. Gebruik --force om het te vervangen, of kies een andere map.`,
    EXIT.findings,
  );
}

/**
 * mkdir -p, one level at a time: Node's own `recursive: true` never returns for some paths that
 * cannot be made (seen with /proc/…, Node 20), which would hang a CI job instead of failing it.
 */
async function makeDirectory(directory: string): Promise<void> {
  const missing: string[] = [];
  for (let current = directory; ; current = dirname(current)) {
    const info = await stat(current).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (info) {
      if (!info.isDirectory()) throw Object.assign(new Error(current), { code: 'ENOTDIR' });
      break;
    }
    missing.unshift(current);
    if (dirname(current) === current) break;
  }
  for (const level of missing) {
    await mkdir(level).catch((error: NodeJS.ErrnoException) => {
      // A concurrent run may make the same directory.
      if (error.code !== 'EEXIST') throw error;
    });
  }
}

function describe(error: unknown): string {
  return writeProblem(errorCode(error));
}
