import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { EXIT, UserError } from './io.js';

export type WriteOutcome = 'geschreven' | 'ongewijzigd' | 'vervangen';

/**
 * Writes a file so that it is never half-written: to a temporary file beside it, then a rename.
 * An existing file with other content is only replaced with `force`; one with the same bytes is
 * left alone (so re-running a command does not touch timestamps).
 */
export async function writeFileSafely(path: string, bytes: Uint8Array | string, options: { force: boolean }): Promise<WriteOutcome> {
  const content = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const existing = await readExisting(path);
  if (existing && existing.equals(content)) return 'ongewijzigd';
  if (existing && !options.force) {
    // Exit 1, like a file render refuses: nothing is wrong with the command, a file was kept.
    throw new UserError(`${path} bestaat al en is anders dan wat nu gemaakt wordt. Gebruik --force om het te vervangen, of kies een andere map.`, EXIT.findings);
  }
  const directory = dirname(path);
  try {
    await makeDirectory(directory);
  } catch (error) {
    throw new UserError(`De map ${directory} kan niet worden aangemaakt (${describe(error)}).`);
  }
  const temporary = join(directory, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, content, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new UserError(`${path} kan niet worden geschreven (${describe(error)}). Controleer of de map bestaat en of u er mag schrijven.`);
  }
  return existing ? 'vervangen' : 'geschreven';
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
  for (const level of missing) await mkdir(level);
}

async function readExisting(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'EISDIR') throw new UserError(`${path} is een map; er kan geen bestand met die naam worden geschreven.`);
    if (code === 'ENOTDIR') throw new UserError(`${path} kan niet worden geschreven: een deel van het pad is een bestand, geen map.`);
    throw new UserError(`${path} kan niet worden gelezen (${describe(error)}).`);
  }
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const reasons: Record<string, string> = {
    EACCES: 'geen schrijfrechten',
    EPERM: 'geen schrijfrechten',
    EROFS: 'de schijf is alleen-lezen',
    ENOSPC: 'de schijf is vol',
    ENOTDIR: 'een deel van het pad is een bestand, geen map',
    EISDIR: 'het is een map',
    ENOENT: 'de map bestaat niet',
  };
  return reasons[code ?? ''] ?? code ?? 'onbekende oorzaak';
}
