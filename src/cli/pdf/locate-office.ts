import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { delimiter, isAbsolute, join } from 'node:path';
import { EXIT, UserError } from '../io.js';

/** Names LibreOffice's program has on PATH: `soffice` everywhere, `libreoffice` in some Linux packages. */
const PROGRAM_NAMES: Record<string, string[]> = {
  // soffice.com is the console variant on Windows: it waits for the conversion and passes the exit code.
  win32: ['soffice.com', 'soffice.exe'],
  default: ['soffice', 'libreoffice'],
};

/** Where the installers put it when it is not on PATH (Homebrew's cask and the Windows installer do not add it). */
function usualPlaces(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
  if (platform === 'darwin') return ['/Applications/LibreOffice.app/Contents/MacOS/soffice'];
  if (platform === 'win32') {
    return [env.ProgramFiles, env['ProgramFiles(x86)']]
      .filter((dir): dir is string => dir !== undefined && dir !== '')
      .flatMap((dir) => [join(dir, 'LibreOffice', 'program', 'soffice.com'), join(dir, 'LibreOffice', 'program', 'soffice.exe')]);
  }
  return [];
}

/**
 * The LibreOffice program that turns Word into PDF: the one SWA_SOFFICE names, else the first on
 * PATH, else where the installer usually puts it. Throws the Dutch "niet gevonden" message (exit 2)
 * with how to install it, before anything is written.
 */
export async function locateOffice(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): Promise<string> {
  const chosen = env.SWA_SOFFICE;
  if (chosen !== undefined && chosen !== '') {
    const found = isAbsolute(chosen) || /[\\/]/.test(chosen) ? ((await isProgram(chosen)) ? chosen : null) : await onPath([chosen], env, platform);
    if (found === null) throw notFound(`SWA_SOFFICE wijst naar ${chosen}, maar daar staat geen programma dat swa kan starten.`);
    return found;
  }
  const names = PROGRAM_NAMES[platform] ?? PROGRAM_NAMES.default!;
  const found = (await onPath(names, env, platform)) ?? (await firstProgram(usualPlaces(platform, env)));
  if (found === null) throw notFound(`Het programma ${names[0]} staat niet in het zoekpad (PATH).`);
  return found;
}

async function onPath(names: string[], env: NodeJS.ProcessEnv, platform: NodeJS.Platform): Promise<string | null> {
  // Windows spells it Path; the lookup there is case-insensitive.
  const pathValue = platform === 'win32' ? Object.entries(env).find(([key]) => key.toUpperCase() === 'PATH')?.[1] : env.PATH;
  const directories = (pathValue ?? '').split(platform === 'win32' ? ';' : delimiter).filter((dir) => dir !== '');
  return firstProgram(names.flatMap((name) => directories.map((dir) => join(dir, name))));
}

async function firstProgram(candidates: string[]): Promise<string | null> {
  for (const candidate of candidates) if (await isProgram(candidate)) return candidate;
  return null;
}

async function isProgram(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) return false;
  return access(path, constants.X_OK).then(
    () => true,
    () => false,
  );
}

/** One line: swa prints a message through visible(), which shows a line break as \n. */
function notFound(reason: string): UserError {
  return new UserError(
    `LibreOffice niet gevonden. ${reason} Voor --pdf en --alleen-pdf maakt swa de PDF met LibreOffice; installeer het met ` +
      '"sudo apt-get install libreoffice-writer-nogui fonts-crosextra-carlito" (Debian, Ubuntu), ' +
      '"brew install --cask libreoffice" (macOS met Homebrew) of ' +
      '"winget install TheDocumentFoundation.LibreOffice" (Windows; of download het van https://www.libreoffice.org). ' +
      'Staat het ergens anders, geef dan het programma op in SWA_SOFFICE, bijvoorbeeld SWA_SOFFICE=/opt/libreoffice/program/soffice. ' +
      'Er is niets geschreven.',
    EXIT.usage,
  );
}
