import { lstat } from 'node:fs/promises';
import { decodeSource } from '../../core/load/decode.js';
import { herstel, type Herstelling } from '../../core/herstel.js';
import { visible } from '../../report/visible.js';
import { expandInputs, type InputFile } from '../inputs/expand.js';
import { EXIT, UserError, type CliIo } from '../io.js';
import { readInput } from '../read-inputs.js';
import { writeFileSafely } from '../safe-write.js';

export interface HerstelOptions {
  /** Show the corrections as a diff on standard output and write nothing. */
  toon: boolean;
}

export interface HerstelOutcome {
  /** Files with corrections (written, or with --toon: that would be written). */
  changed: number;
  /** A file could not be corrected (standard input without --toon, a symlink, a write that failed). */
  refused: boolean;
}

/**
 * `swa check --herstel`: corrects the files named on the command line (and those found by their
 * patterns or folders) in place, never a base file reached through `extends`, never standard
 * input, never through a symlink. Reads and writes only; the corrections are core/herstel.ts.
 */
export async function runHerstel(args: string[], options: HerstelOptions, io: CliIo): Promise<HerstelOutcome> {
  const { files, problems } = await expandInputs(args, io.cwd);
  // Without --toon the check that follows names these problems itself.
  if (options.toon) for (const problem of problems) io.stderr.write(`swa: ${visible(problem.message)}\n`);
  let changed = 0;
  let refused = problems.length > 0 && options.toon;
  for (const input of files) {
    try {
      if (await correct(input, options, io)) changed++;
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      io.stderr.write(`swa: ${visible(input.display)} is niet hersteld: ${visible(error.message)}\n`);
      refused = true;
    }
  }
  if (!options.toon && !(refused && changed === 0))
    io.stderr.write(changed === 0 ? 'swa: niets te herstellen.\n' : `swa: ${changed === 1 ? '1 bestand' : `${changed} bestanden`} hersteld.\n`);
  return { changed, refused };
}

async function correct(input: InputFile, options: HerstelOptions, io: CliIo): Promise<boolean> {
  if (input.absolute === null && !options.toon) {
    throw new UserError(
      'standaardinvoer (-) kan niet ter plekke worden hersteld, want swa weet niet in welk bestand de tekst staat. Geef de bestandsnaam, of gebruik --herstel --toon om de wijzigingen te zien.',
    );
  }
  let mode: number | undefined;
  if (input.absolute !== null) {
    const info = await lstat(input.absolute).catch(() => null);
    // Unreadable or missing: the check reports it, with the reason.
    if (!info) return false;
    if (info.isSymbolicLink()) throw new UserError('dit is een snelkoppeling (symlink). swa herstelt alleen gewone bestanden; geef het bestand zelf op.');
    if (!info.isFile()) return false;
    mode = info.mode & 0o7777;
  }
  const read = await readInput(input, io.stdin);
  if (!('bytes' in read)) return false;
  const decoded = decodeSource(read.bytes, input.display);
  if (!decoded.ok) return false;
  const bom = read.bytes[0] === 0xef && read.bytes[1] === 0xbb && read.bytes[2] === 0xbf ? '\uFEFF' : '';
  const fixed = herstel(decoded.text);
  if (fixed.changes.length === 0) return false;

  if (options.toon) {
    const { createTwoFilesPatch, FILE_HEADERS_ONLY } = await import('diff');
    const patch = createTwoFilesPatch(visible(input.display), visible(input.display), decoded.text, fixed.text, undefined, undefined, {
      headerOptions: FILE_HEADERS_ONLY,
    });
    io.stdout.write(`${patch.split('\n').map(visible).join('\n')}${patch.endsWith('\n') ? '' : '\n'}`);
    return true;
  }
  // Between reading and writing someone may have saved the file: their version is kept.
  const again = await readInput(input, io.stdin);
  if (!('bytes' in again) || !sameBytes(again.bytes, read.bytes)) {
    throw new UserError('het bestand is veranderd terwijl swa het herstelde; er is niets geschreven. Probeer het opnieuw.');
  }
  await writeFileSafely(input.absolute!, bom + fixed.text, { force: true, mode });
  io.stderr.write(`swa: ${visible(input.display)}: ${describe(fixed.changes)}\n`);
  return true;
}

function describe(changes: readonly Herstelling[]): string {
  const lines = changes.map((change) => `  ${change.line}:${change.column}  ${change.omschrijving}`);
  return `${changes.length === 1 ? '1 herstelling' : `${changes.length} herstellingen`}\n${lines.join('\n')}`;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

/** The exit code of `--herstel --toon`: 0 when there is nothing to correct, 1 when there is, 2 when a file could not be looked at. */
export function toonExitCode(outcome: HerstelOutcome): number {
  if (outcome.refused) return EXIT.usage;
  return outcome.changed > 0 ? EXIT.findings : EXIT.ok;
}
