import type { Finding } from '../findings.js';
import { errorCode, readProblem } from '../core/domain/file-problems.js';
import { MAX_FILE_BYTES, streamTooLargeFinding, tooLargeFinding } from '../core/load/decode.js';
import { readRegularFile } from '../files/regular-file.js';
import { STDIN_NAME, type InputFile } from './inputs/expand.js';

/** `unreadable`: the file could not be read at all (exit code 2); otherwise the problem is an ordinary finding. */
export type InputRead = { file: string; bytes: Uint8Array } | { file: string; problem: Finding; unreadable: boolean };

/**
 * Reads one input; a file that cannot be read becomes a finding of its own, so the others still
 * get checked. A plain path is accepted too (`-` is standard input).
 */
export async function readInput(given: InputFile | string, stdin: NodeJS.ReadableStream): Promise<InputRead> {
  const input: InputFile =
    typeof given === 'string' ? { display: given === '-' ? STDIN_NAME : given, absolute: given === '-' ? null : given, discovered: false } : given;
  const file = input.display;
  if (input.absolute === null) {
    const bytes = await readBounded(stdin, MAX_FILE_BYTES);
    return bytes === null ? { file, problem: streamTooLargeFinding(file), unreadable: false } : { file, bytes };
  }
  try {
    return { file, bytes: (await readRegularFile(input.absolute, MAX_FILE_BYTES)).bytes };
  } catch (error) {
    const code = errorCode(error);
    // Not read at all: a file this size is not an agreements file, and reading it could exhaust memory.
    if (code === 'EFBIG') return { file, problem: tooLargeFinding(file, (error as { size: number }).size), unreadable: false };
    return { file, problem: unreadable(file, reason(code, input.discovered)), unreadable: true };
  }
}

function reason(code: string | undefined, discovered: boolean): string {
  if (code === 'ENOENT' && discovered) return 'Het bestand is verdwenen tussen het zoeken en het lezen (verwijderd of verplaatst tijdens de controle).';
  if (code === 'ENOENT') return 'Het bestand bestaat niet. Controleer de naam en de map.';
  // "Het bestand is een map, geen bestand" would contradict itself.
  return `${code === 'EISDIR' || code === 'ENOTFILE' ? 'Dit' : 'Het bestand'} ${readProblem(code)}.`;
}

function unreadable(file: string, message: string): Finding {
  return { rule: 'bestand-onleesbaar', severity: 'fout', onderdeel: null, message, file, line: 0, column: 0, path: [] };
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
