import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: dist/cli/ → ../.. ; schemas and templates ship beside dist. */
const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const SCHEMA_PATH = join(PACKAGE_ROOT, 'schemas', 'samenwerkingsafspraken.schema.json');

let cached: { name: string; version: string } | undefined;

export function packageInfo(): { name: string; version: string } {
  cached ??= JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
  return { name: cached.name, version: cached.version };
}
