import { constants } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEMPLATE_NAMES, TemplateError, type TemplateName, type TemplateSource } from './template-set.js';

/** The built-in templates ship in the package's templates/ folder (beside src/ and dist/). */
export const BUILT_IN_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

/**
 * The built-in templates, with any of them replaced by a file of the same name in `overrideDir`.
 * A file there that is not a known template is an error: it would otherwise be silently ignored.
 */
export async function loadTemplates(overrideDir: string | null): Promise<TemplateSource[]> {
  const overrides = new Set<string>();
  if (overrideDir !== null) {
    let entries: string[];
    try {
      entries = await readdir(overrideDir);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? 'de map bestaat niet' : code === 'ENOTDIR' ? 'dit is geen map' : `de map kan niet gelezen worden (${code ?? 'onbekende oorzaak'})`;
      throw new TemplateError(`${reason}. Geef bij --templates een map met .hbs-bestanden.`, overrideDir, null);
    }
    for (const entry of entries.filter((e) => e.endsWith('.hbs')).sort()) {
      const name = entry.slice(0, -'.hbs'.length);
      if (!(TEMPLATE_NAMES as readonly string[]).includes(name)) {
        throw new TemplateError(`onbekend sjabloon "${entry}". Een eigen sjabloon vervangt een ingebouwd sjabloon met dezelfde naam: ${TEMPLATE_NAMES.map((n) => `${n}.hbs`).join(', ')}.`, join(overrideDir, entry), null);
      }
      overrides.add(name);
    }
  }
  return Promise.all(
    TEMPLATE_NAMES.map(async (name: TemplateName): Promise<TemplateSource> => {
      const path = overrides.has(name) && overrideDir !== null ? join(overrideDir, `${name}.hbs`) : join(BUILT_IN_TEMPLATES, `${name}.hbs`);
      return { name, origin: path, text: await readTemplate(path) };
    }),
  );
}

/** A template is a page or two of text; more than this is not one (and is not read into memory). */
export const MAX_TEMPLATE_BYTES = 1024 * 1024;

/**
 * Reads one template file. Only a regular file is read: a named pipe or a symlink to /dev/stdin
 * in the templates folder would otherwise make render wait forever, and a device could be endless.
 */
async function readTemplate(path: string): Promise<string> {
  const fail = (reason: string): TemplateError => new TemplateError(`${reason} Een sjabloon is een gewoon tekstbestand (.hbs).`, path, null);
  const refuse = (info: { isFile(): boolean; isDirectory(): boolean; size: number }): void => {
    if (info.isDirectory()) throw fail('dit is een map, geen bestand.');
    if (!info.isFile()) throw fail('dit is geen gewoon bestand (maar bijvoorbeeld een pijp, apparaat of snelkoppeling daarnaar).');
    if (info.size > MAX_TEMPLATE_BYTES) throw fail(`het bestand is groter dan ${MAX_TEMPLATE_BYTES / 1024 / 1024} MB.`);
  };
  let handle;
  try {
    // Looked at before it is opened, and opened without blocking should it have changed since.
    refuse(await stat(path));
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = await handle.stat();
    refuse(info);
    const buffer = Buffer.allocUnsafe(MAX_TEMPLATE_BYTES + 1);
    let size = 0;
    for (let read = -1; read !== 0 && size < buffer.length; size += read) ({ bytesRead: read } = await handle.read(buffer, size, buffer.length - size, null));
    if (size > MAX_TEMPLATE_BYTES) throw fail(`het bestand is groter dan ${MAX_TEMPLATE_BYTES / 1024 / 1024} MB.`);
    return buffer.toString('utf8', 0, size);
  } catch (error) {
    if (error instanceof TemplateError) throw error;
    throw fail(`het sjabloon kan niet gelezen worden (${(error as NodeJS.ErrnoException).code ?? 'onbekende oorzaak'}).`);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
