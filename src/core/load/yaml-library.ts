import { createRequire } from 'node:module';

type YamlLibrary = typeof import('yaml');

let library: YamlLibrary | undefined;

/**
 * The `yaml` package, loaded on first use. Importing it costs 30–40 ms (measured on Node 20), and a
 * clean file is checked without it (fast-parse.ts), so `swa check` of a correct file starts
 * without it. The core is synchronous, hence require() instead of a dynamic import().
 */
export function yamlLibrary(): YamlLibrary {
  library ??= createRequire(import.meta.url)('yaml') as YamlLibrary;
  return library;
}
