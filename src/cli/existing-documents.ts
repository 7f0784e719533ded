import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readSeal, type Seal } from '../render/document-seal.js';
import { errorCode } from '../core/domain/file-problems.js';
import { readRegularFile as readBounded } from '../files/regular-file.js';
import { cannotCompare, examineTarget } from './output-target.js';
import { UserError } from './io.js';

/** A document larger than this is not read back; it is no document swa wrote. */
const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

/**
 * What stands where render wants to put a document:
 * - `ontbreekt`: nothing;
 * - `gelijk`: exactly these bytes;
 * - `eigen`: an earlier document of swa that nobody edited since (it may be replaced);
 * - `bewerkt`: a document of swa that was edited after swa wrote it;
 * - `zojuist`: a document of swa written after this run began (a second render into the same
 *   --out at the same time): it is that run's, never silently replaced;
 * - `vreemd`: a file swa did not write (or cannot recognise).
 */
export type ExistingDocument = 'ontbreekt' | 'gelijk' | 'eigen' | 'bewerkt' | 'zojuist' | 'vreemd';

/** Reads an existing document: a regular file's bytes, null when it is not one; a read that fails throws a UserError. */
export type DocumentReader = (path: string) => Promise<{ bytes: Uint8Array; modifiedMs: number } | null>;

/**
 * Compares the file at `path` with `content`, by the same rules as every write of swa (regular
 * files only). A file that is there but cannot be read is never taken for absent: that throws.
 */
export async function examineDocument(
  path: string,
  content: Uint8Array,
  runStartedMs: number,
  read: DocumentReader = readRegularFile,
): Promise<ExistingDocument> {
  const state = await examineTarget(path);
  if (state.kind === 'absent') return 'ontbreekt';
  const existing = await read(path);
  if (existing === null) return 'vreemd';
  if (Buffer.from(existing.bytes).equals(Buffer.from(content.buffer, content.byteOffset, content.byteLength))) return 'gelijk';
  const seal = readSeal(existing.bytes);
  if (seal === null) return 'vreemd';
  if (!seal.intact) return 'bewerkt';
  return existing.modifiedMs >= runStartedMs ? 'zojuist' : 'eigen';
}

/**
 * The documents of swa in a directory (not below it), by file name; other files are left alone.
 * A directory that does not exist holds none; one that cannot be read, or a .docx in it that
 * cannot be read, throws: an orphan could hide in it.
 */
export async function swaDocumentsIn(directory: string): Promise<Map<string, Seal>> {
  const found = new Map<string, Seal>();
  let names: string[];
  try {
    names = await readdir(directory);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return found;
    throw new UserError(
      `${directory} kan niet worden gelezen om de documenten te vergelijken (${code === 'ENOTDIR' ? 'dit is geen map' : (code ?? 'onbekende oorzaak')}).`,
    );
  }
  for (const name of names.filter((n) => n.toLowerCase().endsWith('.docx')).sort()) {
    const file = await readRegularFile(join(directory, name));
    const seal = file ? readSeal(file.bytes) : null;
    // A redline of swa verschil is no document of render's: never an orphan, never compared.
    if (seal && !seal.redline) found.set(name, seal);
  }
  return found;
}

/** Reads a regular file of at most MAX_DOCUMENT_BYTES (see files/regular-file.ts); null for anything else. */
export async function readRegularFile(path: string): Promise<{ bytes: Uint8Array; modifiedMs: number } | null> {
  try {
    const { bytes, stats } = await readBounded(path, MAX_DOCUMENT_BYTES);
    return { bytes, modifiedMs: stats.mtimeMs };
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTFILE' || code === 'EFBIG') return null;
    throw cannotCompare(path, code);
  }
}
