import { readFile } from 'node:fs/promises';
import type { Finding } from '../findings.js';

export type InputRead = { file: string; bytes: Uint8Array } | { file: string; problem: Finding };

export const STDIN_NAME = '<stdin>';

/** Reads one input; a file that cannot be read becomes a finding of its own, so the others still get checked. */
export async function readInput(file: string, stdin: NodeJS.ReadableStream): Promise<InputRead> {
  if (file === '-') return { file: STDIN_NAME, bytes: await readStream(stdin) };
  try {
    return { file, bytes: await readFile(file) };
  } catch (error) {
    return { file, problem: unreadable(file, error) };
  }
}

function unreadable(file: string, error: unknown): Finding {
  const code = (error as NodeJS.ErrnoException).code;
  const reasons: Record<string, string> = {
    ENOENT: 'Het bestand bestaat niet. Controleer de naam en de map.',
    EISDIR: 'Dit is een map, geen bestand.',
    EACCES: 'U hebt geen rechten om dit bestand te lezen.',
    EPERM: 'U hebt geen rechten om dit bestand te lezen.',
    ELOOP: 'Dit pad is een kring van snelkoppelingen (symlinks).',
  };
  const message = reasons[code ?? ''] ?? `Het bestand kan niet gelezen worden (${code ?? 'onbekende oorzaak'}).`;
  return { rule: 'bestand-onleesbaar', severity: 'fout', onderdeel: null, message, file, line: 0, column: 0, path: [] };
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}
