import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';

/**
 * Reading a file swa did not make: only a regular file is read. It is looked at before it is
 * opened (opening a device can already do something), opened without blocking (should it have
 * become a named pipe since, opening does not wait for a writer) and looked at again. At most
 * `limit` + 1 bytes are read, also when it grows meanwhile or reports size 0 (/proc), and memory
 * follows the file's real size, not the limit.
 *
 * Errors are Node-style ({code}): EISDIR for a directory, ENOTFILE for a device, pipe or socket,
 * EFBIG (with `size`) past the limit, and whatever open and read throw. Callers word them.
 */
export async function readRegularFile(path: string, limit: number): Promise<{ bytes: Uint8Array; stats: Stats }> {
  refuse(await stat(path), path, limit);
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = await handle.stat();
    refuse(stats, path, limit);
    const file = handle;
    const bytes = readBounded(stats.size, limit, async (buffer) => (await file.read(buffer, 0, buffer.length, null)).bytesRead);
    return { bytes: fitted(path, await bytes, limit), stats };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** readRegularFile for a caller that cannot wait (the core follows `extends` synchronously). */
export function readRegularFileSync(path: string, limit: number): { bytes: Uint8Array; stats: Stats } {
  refuse(statSync(path), path, limit);
  const descriptor = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(descriptor);
    refuse(stats, path, limit);
    const chunks = readChunksSync(stats.size, limit, (buffer) => readSync(descriptor, buffer, 0, buffer.length, null));
    return { bytes: fitted(path, chunks, limit), stats };
  } finally {
    closeSync(descriptor);
  }
}

/** Throws EISDIR for a directory and ENOTFILE for a device, pipe or socket. */
export function requireRegularFile(stats: Stats, path: string): void {
  if (stats.isDirectory()) throw Object.assign(new Error(path), { code: 'EISDIR' });
  if (!stats.isFile()) throw Object.assign(new Error(path), { code: 'ENOTFILE' });
}

function refuse(stats: Stats, path: string, limit: number): void {
  requireRegularFile(stats, path);
  if (stats.size > limit) throw tooLarge(path, stats.size);
}

function tooLarge(path: string, size: number): Error {
  return Object.assign(new Error(path), { code: 'EFBIG', size });
}

function fitted(path: string, bytes: Uint8Array | null, limit: number): Uint8Array {
  if (bytes === null) throw tooLarge(path, limit + 1);
  return bytes;
}

// The expected size plus one byte: one read normally sees the whole file and, by falling short, its end.
async function readBounded(expected: number, limit: number, read: (buffer: Buffer) => Promise<number>): Promise<Uint8Array | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for (let want = Math.min(expected, limit) + 1; ; want = 64 * 1024) {
    const chunk = Buffer.allocUnsafe(want);
    const bytesRead = await read(chunk);
    size += bytesRead;
    if (size > limit) return null;
    chunks.push(chunk.subarray(0, bytesRead));
    // A short read of a regular file is its end.
    if (bytesRead < want) return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
  }
}

function readChunksSync(expected: number, limit: number, read: (buffer: Buffer) => number): Uint8Array | null {
  const chunks: Buffer[] = [];
  let size = 0;
  for (let want = Math.min(expected, limit) + 1; ; want = 64 * 1024) {
    const chunk = Buffer.allocUnsafe(want);
    const bytesRead = read(chunk);
    size += bytesRead;
    if (size > limit) return null;
    chunks.push(chunk.subarray(0, bytesRead));
    if (bytesRead < want) return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
  }
}
