import { readdir, readFile } from 'node:fs/promises';
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
      try {
        return { name, origin: path, text: await readFile(path, 'utf8') };
      } catch (error) {
        throw new TemplateError(`het sjabloon kan niet gelezen worden (${(error as NodeJS.ErrnoException).code ?? 'onbekende oorzaak'}).`, path, null);
      }
    }),
  );
}
