import { constants } from 'node:fs';
import type { Stats } from 'node:fs';
import { type FileHandle, open, realpath, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { errorCode, readProblem } from '../core/domain/file-problems.js';
import { EXIT, UserError } from './io.js';

/** What stands at a path swa is about to write or compare with: nothing, or a regular file of this size. */
export type TargetState = { kind: 'absent' } | { kind: 'file'; size: number };

/**
 * Paths that are the screen or another stream of this very process. Run as root, renaming a
 * finished report over `/dev/stdout` replaced the device link with an ordinary file and the report
 * reached no one; no regular output belongs in /dev (except the tmpfs /dev/shm) or /proc.
 */
const STREAM = /^\/dev\/(?:std(?:in|out|err)|fd(?:\/.*)?|tty.*)$|^\/proc\/[^/]+\/fd(?:\/.*)?$/;
const SYSTEM = /^\/(?:dev\/(?!shm\/)|proc\/|sys\/)/;

/**
 * The only things swa writes over or reads back are regular files: a device, pipe or socket
 * would be replaced by the atomic rename (a device!) or hang the read that compares contents.
 * Decided with stat before anything is opened; a symlink counts as what it points to.
 */
export async function examineTarget(path: string): Promise<TargetState> {
  await refuseSystemPath(path);
  let info: Stats;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A dangling symlink is absent too: never written through; replaced only with --force (safe-write.ts).
    if (code === 'ENOENT') return { kind: 'absent' };
    if (code === 'ENOTDIR') throw new UserError(`${path} kan niet worden geschreven: een deel van het pad is een bestand, geen map.`);
    if (code === 'ELOOP') throw new UserError(`${path} is een kring van snelkoppelingen (symlinks); er wordt niets geschreven.`);
    throw new UserError(`${path} kan niet worden onderzocht (${code ?? 'onbekende oorzaak'}).`);
  }
  if (info.isDirectory()) throw new UserError(`${path} is een map; er kan geen bestand met die naam worden geschreven.`);
  if (!info.isFile()) throw notRegular(path);
  return { kind: 'file', size: info.size };
}

const COMPARE_PIECE = 64 * 1024;

/**
 * Whether the regular file at `path` holds exactly `content`. A file of another size differs
 * without being read; otherwise at most `content.length` + 1 bytes are read, 64 KB at a time, so
 * the comparison never holds more than one piece (a file swapped for /dev/zero stops at the bound).
 */
export async function holdsSameBytes(path: string, content: Buffer): Promise<boolean> {
  let handle: FileHandle | undefined;
  try {
    // Non-blocking: should the file have been replaced by a pipe since examineTarget, opening it does not wait.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = await handle.stat();
    if (!info.isFile()) throw notRegular(path);
    if (info.size !== content.length) return false;
    // Compared piece by piece: memory stays at one piece, and reading stops at the first difference.
    const piece = Buffer.allocUnsafe(Math.min(COMPARE_PIECE, content.length));
    for (let position = 0; position < content.length; ) {
      const { bytesRead } = await handle.read(piece, 0, Math.min(piece.length, content.length - position), position);
      if (bytesRead === 0 || !piece.subarray(0, bytesRead).equals(content.subarray(position, position + bytesRead))) return false;
      position += bytesRead;
    }
    // Longer than it said (it grew meanwhile) is different too.
    const { bytesRead: more } = await handle.read(Buffer.allocUnsafe(1), 0, 1, content.length);
    return more === 0;
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = errorCode(error);
    if (code === 'ENOENT') return false;
    throw cannotCompare(path, code);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

async function refuseSystemPath(path: string): Promise<void> {
  // The directory as it really is, so `uit -> /dev` cannot lead around the check.
  const directory = await realpath(dirname(path)).catch(() => dirname(path));
  const real = `${directory === '/' ? '' : directory}/${basename(path)}`;
  for (const candidate of [path, real]) {
    if (STREAM.test(candidate)) {
      throw new UserError(
        `${path} is het scherm of een andere uitvoerstroom, geen bestand; swa schrijft daar geen bestand overheen. Laat de bestandsnaam weg (--output, --out of :bestand bij --format) om naar het scherm te schrijven.`,
      );
    }
    if (SYSTEM.test(candidate)) throw notRegular(path);
  }
}

/** An existing file that is there but cannot be read back to compare with what swa would write. */
export function cannotCompare(path: string, code: string | undefined): UserError {
  return new UserError(`${path} kan niet worden gelezen om te vergelijken: het bestand ${readProblem(code)}.`);
}

function notRegular(path: string): UserError {
  return new UserError(
    `${path} is geen gewoon bestand (maar bijvoorbeeld een apparaat, pijp of socket). swa schrijft alleen gewone bestanden en laat dit ongemoeid; kies een andere naam.`,
    EXIT.usage,
  );
}
