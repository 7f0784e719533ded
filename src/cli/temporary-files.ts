import { unlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readdir, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UserError } from './io.js';

/**
 * The temporary files an atomic write makes beside its target: `.<name>.swa-<pid>-<hex>.tmp`.
 * The process number in the name lets a later run tell a leftover of a killed run (SIGKILL cannot
 * be caught) from a file another run is writing at this moment. Older versions wrote
 * `.<name>.<hex>.tmp`; those are recognised by their name alone.
 */
const TEMPORARY = /^\..+\.(?:swa-(\d+)-)?[0-9a-f]{12}\.tmp$/;

/** A temporary file lives for one write; one this old was left behind, whatever its process number says. */
const CERTAINLY_STALE_MS = 24 * 60 * 60 * 1000;
/**
 * Younger than this, a temporary file is left alone even when its process seems gone: in a
 * directory shared between containers the same process number means another process.
 */
const PERHAPS_LIVE_MS = 5 * 60 * 1000;

/**
 * node:crypto on first use: every command loads this module, and most (check) never write a
 * temporary file; loading crypto costs ≈ 2.8 ms (best of 15 fresh processes), 2–3 % of a check.
 */
let random: typeof import('node:crypto').randomBytes | undefined;
function randomHex(bytes: number): string {
  random ??= (createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).randomBytes;
  return random(bytes).toString('hex');
}

const live = new Set<string>();
const cleaned = new Set<string>();
let stopping = false;

/** A fresh temporary name beside `target`, registered so an interrupt can remove it. */
export function temporaryFor(target: string): string {
  // After an interrupt no new write starts: its file could appear after the last clean-up.
  if (stopping) throw new UserError(`${target} is niet geschreven: swa wordt onderbroken.`);
  const path = join(dirname(target), `.${basename(target)}.swa-${process.pid}-${randomHex(6)}.tmp`);
  live.add(path);
  return path;
}

/** The write is over (published or failed): the name no longer needs removing on an interrupt. */
export function forget(path: string): void {
  live.delete(path);
}

/**
 * Removes this process's temporary files; synchronous, because it runs in a signal handler just
 * before the process exits. A file already renamed or linked into place is gone or harmless.
 */
export function removeLiveTemporaries(): void {
  stopping = true;
  for (const path of live) {
    try {
      unlinkSync(path);
    } catch {
      // Already published or never created.
    }
  }
  live.clear();
}

/** Removes leftovers of killed runs from `directory`, once per directory per run; never fails the write. */
export async function removeStaleTemporaries(directory: string, now = Date.now()): Promise<string[]> {
  if (cleaned.has(directory)) return [];
  cleaned.add(directory);
  const removed: string[] = [];
  const entries = await readdir(directory).catch(() => [] as string[]);
  for (const entry of entries) {
    const match = TEMPORARY.exec(entry);
    if (!match) continue;
    const path = join(directory, entry);
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) continue;
    const age = now - info.mtimeMs;
    const pid = match[1] === undefined ? null : Number(match[1]);
    const stale = age > CERTAINLY_STALE_MS || (age > PERHAPS_LIVE_MS && (pid === null || (pid !== process.pid && !isRunning(pid))));
    if (stale && !live.has(path)) {
      await rm(path, { force: true }).catch(() => undefined);
      removed.push(path);
    }
  }
  return removed;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
