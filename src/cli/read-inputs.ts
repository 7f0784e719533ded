import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Finding } from '../findings.js';
import { MAX_FILE_BYTES, tooLargeFinding } from '../core/load/decode.js';
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
  if (input.absolute === null) return { file, bytes: await readStream(stdin) };
  let handle;
  try {
    // Non-blocking: opening a named pipe for reading would otherwise wait for a writer forever.
    handle = await open(input.absolute, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = await handle.stat();
    if (info.isDirectory()) return { file, problem: unreadable(file, 'Dit is een map, geen bestand.'), unreadable: true };
    if (!info.isFile()) return { file, problem: unreadable(file, 'Dit is geen gewoon bestand (maar bijvoorbeeld een apparaat of pijp).'), unreadable: true };
    // Not read at all: a file this size is not an agreements file, and reading it could exhaust memory.
    if (info.size > MAX_FILE_BYTES) return { file, problem: tooLargeFinding(file, info.size), unreadable: false };
    return { file, bytes: await handle.readFile() };
  } catch (error) {
    return { file, problem: unreadable(file, reason(error, input.discovered)), unreadable: true };
  } finally {
    await handle?.close().catch(() => undefined);
  }
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

async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}
