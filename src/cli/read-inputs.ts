import { constants } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import type { Finding } from '../findings.js';
import { MAX_FILE_BYTES, streamTooLargeFinding, tooLargeFinding } from '../core/load/decode.js';
import { STDIN_NAME, type InputFile } from './inputs/expand.js';

export { STDIN_NAME };

/** `unreadable`: the file could not be read at all (exit code 2); otherwise the problem is an ordinary finding. */
export type InputRead = { file: string; bytes: Uint8Array } | { file: string; problem: Finding; unreadable: boolean };

/**
 * Reads one input; a file that cannot be read becomes a finding of its own, so the others still
 * get checked. A plain path is accepted too (`-` is standard input).
 */
export async function readInput(given: InputFile | string, stdin: NodeJS.ReadableStream): Promise<InputRead> {
  const input: InputFile = typeof given === 'string' ? { display: given === '-' ? STDIN_NAME : given, absolute: given === '-' ? null : given, discovered: false } : given;
  const file = input.display;
  if (input.absolute === null) {
    const bytes = await readBounded(stdin, MAX_FILE_BYTES);
    return bytes === null ? { file, problem: streamTooLargeFinding(file), unreadable: false } : { file, bytes };
  }
  let handle;
  try {
    // Looked at before it is opened: opening a device can already do something.
    const kind = notAFile(await stat(input.absolute));
    if (kind) return { file, problem: unreadable(file, kind), unreadable: true };
    // Non-blocking: should it have become a named pipe since, opening it does not wait for a writer.
    handle = await open(input.absolute, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = await handle.stat();
    const kindNow = notAFile(info);
    if (kindNow) return { file, problem: unreadable(file, kindNow), unreadable: true };
    // Not read at all: a file this size is not an agreements file, and reading it could exhaust memory.
    if (info.size > MAX_FILE_BYTES) return { file, problem: tooLargeFinding(file, info.size), unreadable: false };
    // Bounded as well: a file that grows while it is read, or one that reports size 0 (/proc), stops at the limit.
    const bytes = await readHandleBounded(handle, info.size, MAX_FILE_BYTES);
    return bytes === null ? { file, problem: tooLargeFinding(file, MAX_FILE_BYTES + 1), unreadable: false } : { file, bytes };
  } catch (error) {
    return { file, problem: unreadable(file, reason(error, input.discovered)), unreadable: true };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

function notAFile(info: Stats): string | null {
  if (info.isDirectory()) return 'Dit is een map, geen bestand.';
  if (!info.isFile()) return 'Dit is geen gewoon bestand (maar bijvoorbeeld een apparaat of pijp).';
  return null;
}

function reason(error: unknown, discovered: boolean): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (code === 'ENOENT' && discovered) return 'Het bestand is verdwenen tussen het zoeken en het lezen (verwijderd of verplaatst tijdens de controle).';
  const reasons: Record<string, string> = {
    ENOENT: 'Het bestand bestaat niet. Controleer de naam en de map.',
    ENOTDIR: 'Het bestand bestaat niet: een deel van het pad is een bestand, geen map.',
    EISDIR: 'Dit is een map, geen bestand.',
    EACCES: 'U hebt geen rechten om dit bestand te lezen.',
    EPERM: 'U hebt geen rechten om dit bestand te lezen.',
    ELOOP: 'Dit pad is een kring van snelkoppelingen (symlinks) die naar elkaar verwijzen.',
    ENAMETOOLONG: 'De naam van het bestand is te lang.',
    EMFILE: 'Er staan te veel bestanden tegelijk open. Probeer het opnieuw met minder bestanden.',
  };
  return reasons[code] ?? `Het bestand kan niet gelezen worden (${code || 'onbekende oorzaak'}).`;
}

function unreadable(file: string, message: string): Finding {
  return { rule: 'bestand-onleesbaar', severity: 'fout', onderdeel: null, message, file, line: 0, column: 0, path: [] };
}

async function readHandleBounded(handle: FileHandle, expected: number, limit: number): Promise<Uint8Array | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  // The expected size plus one byte: one read normally sees the whole file and, by falling short, its end.
  let want = Math.min(expected, limit) + 1;
  for (;;) {
    const chunk = Buffer.allocUnsafe(want);
    const { bytesRead } = await handle.read(chunk, 0, want, null);
    size += bytesRead;
    if (size > limit) return null;
    chunks.push(chunk.subarray(0, bytesRead));
    // A short read of a regular file is its end.
    if (bytesRead < want) return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
    want = 64 * 1024;
  }
}

/**
 * Reads a stream up to `limit` bytes; null when there is more. Reading stops there, so
 * `< /dev/zero` or a 1.5 GB pipe costs at most the limit in memory and ends at once.
 */
export async function readBounded(stream: NodeJS.ReadableStream, limit: number): Promise<Uint8Array | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    // Leaving the loop destroys the stream: nothing more is read from it.
    if (size > limit) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
