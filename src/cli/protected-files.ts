import { realpath } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { InputFile } from './inputs/expand.js';
import { UserError } from './io.js';

/**
 * The files a run reads and may therefore never write over: its inputs and every base file
 * reached through `extends`. Kept as real paths, so a symlink or a `./x/../` spelling of the same
 * file is recognised as that file.
 */
export class ProtectedFiles {
  private readonly real = new Set<string>();

  static async of(inputs: readonly InputFile[]): Promise<ProtectedFiles> {
    const files = new ProtectedFiles();
    for (const input of inputs) if (input.absolute !== null) files.real.add(input.real ?? (await realTarget(input.absolute)));
    return files;
  }

  /** Adds files by their real path (the base files the CLI's reader followed). */
  addReal(paths: Iterable<string>): this {
    for (const path of paths) this.real.add(path);
    return this;
  }

  /** Throws when writing `target` would replace one of the files this run reads. */
  async refuse(target: string, what: string): Promise<void> {
    if (this.real.has(await realTarget(target))) {
      throw new UserError(
        `${what} zou ${target} overschrijven, maar dat is een van de bestanden die gelezen worden (een invoerbestand of een basisbestand uit \`extends\`). Kies een andere naam.`,
      );
    }
  }
}

/** The real path of a file that may not exist yet: its directory resolved, its own name kept. */
export async function realTarget(path: string): Promise<string> {
  const whole = await realpath(path).catch(() => null);
  if (whole !== null) return whole;
  const directory = await realpath(dirname(path)).catch(() => dirname(path));
  return join(directory, basename(path));
}
