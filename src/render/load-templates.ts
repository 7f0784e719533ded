import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { errorCode, readProblem } from '../core/domain/file-problems.js';
import { readRegularFile } from '../files/regular-file.js';
import { TEMPLATE_NAMES, TemplateError, type TemplateName, type TemplateSource } from './template-set.js';

/** The built-in templates ship in the package's templates/ folder (beside src/ and dist/). */
const BUILT_IN_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

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
      const code = errorCode(error);
      // readdir's ENOTDIR: the path itself is a file.
      const reason = code === 'ENOTDIR' ? 'dit is geen map' : `de map ${readProblem(code)}`;
      throw new TemplateError(`${reason}. Geef bij --templates een map met .hbs-bestanden.`, overrideDir, null);
    }
    for (const entry of entries.filter((e) => e.endsWith('.hbs')).sort()) {
      const name = entry.slice(0, -'.hbs'.length);
      if (!(TEMPLATE_NAMES as readonly string[]).includes(name)) {
        throw new TemplateError(
          `onbekend sjabloon "${entry}". Een eigen sjabloon vervangt een ingebouwd sjabloon met dezelfde naam: ${TEMPLATE_NAMES.map((n) => `${n}.hbs`).join(', ')}.`,
          join(overrideDir, entry),
          null,
        );
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
const MAX_TEMPLATE_BYTES = 1024 * 1024;

/**
 * Reads one template file. Only a regular file is read: a named pipe or a symlink to /dev/stdin
 * in the templates folder would otherwise make render wait forever, and a device could be endless.
 */
async function readTemplate(path: string): Promise<string> {
  try {
    const { bytes } = await readRegularFile(path, MAX_TEMPLATE_BYTES);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  } catch (error) {
    const code = errorCode(error);
    const reason =
      {
        EISDIR: 'dit is een map, geen bestand.',
        ENOTFILE: 'dit is geen gewoon bestand (maar bijvoorbeeld een pijp, apparaat of snelkoppeling daarnaar).',
        EFBIG: `het bestand is groter dan ${MAX_TEMPLATE_BYTES / 1024 / 1024} MB.`,
      }[code ?? ''] ?? `het sjabloon ${readProblem(code)}.`;
    throw new TemplateError(`${reason} Een sjabloon is een gewoon tekstbestand (.hbs).`, path, null);
  }
}
