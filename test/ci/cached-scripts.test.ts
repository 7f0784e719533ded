import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import jsYaml from 'js-yaml';
import { parse } from 'yaml';
import { validate as fromSource } from '../../src/generated/schema-validator.js';
import { ROOT } from '../helpers/cli.js';

// The built CLI runs the schema validator and js-yaml as scripts with V8's code cache of them (scripts/build.mjs).
const DIST = join(ROOT, 'dist/generated');
const FILES = ['schema-validator.js', 'schema-validator.script.js', 'schema-validator.v8-cache'];

function nodeSays(code: string): string {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  return result.stdout.trim();
}

describe('the schema validator and js-yaml of the built CLI', () => {
  it.each(['schema-validator', 'js-yaml', 'commander'])('%s: has a code cache that this Node accepts (else every start compiles it again)', (name) => {
    const said = nodeSays(`
      import { readFileSync } from 'node:fs';
      import { Script } from 'node:vm';
      const dir = ${JSON.stringify(join(ROOT, 'dist/swa'))};
      const source = readFileSync(dir + '/${name}.script.js');
      const cache = readFileSync(dir + '/${name}.v8-cache');
      // The cache file starts with the source it was made of.
      if (!cache.subarray(0, source.length).equals(source)) throw new Error('the cache was made of another source');
      const script = new Script(source.toString('utf8'), { cachedData: cache.subarray(source.length) });
      console.log(script.cachedDataRejected);`);
    expect(said).toBe('false');
  });

  it('judges every fixture as the validator from source does', async () => {
    const { validate: built } = (await import(pathToFileURL(join(DIST, 'schema-validator.js')).href)) as { validate: typeof fromSource };
    const fixtures = join(ROOT, 'test/fixtures/check');
    let compared = 0;
    for (const name of readdirSync(fixtures)) {
      let data: unknown;
      try {
        data = parse(readFileSync(join(fixtures, name, 'afspraken.yaml'), 'utf8'));
      } catch {
        continue;
      }
      expect(built(data), name).toBe(fromSource(data));
      expect(built.errors ?? null, name).toEqual(fromSource.errors ?? null);
      compared += 1;
    }
    expect(compared).toBeGreaterThan(50);
  });

  it('reads every fixture and example with js-yaml as the js-yaml package does', async () => {
    const { default: built } = (await import(pathToFileURL(join(DIST, 'js-yaml.js')).href)) as { default: typeof jsYaml };
    const files = [
      ...readdirSync(join(ROOT, 'test/fixtures/check')).map((name) => join(ROOT, 'test/fixtures/check', name, 'afspraken.yaml')),
      ...readdirSync(join(ROOT, 'examples')).flatMap((name) => (name.endsWith('.yaml') ? [join(ROOT, 'examples', name)] : [])),
    ];
    const read = (yaml: typeof jsYaml, text: string): unknown => {
      try {
        return yaml.load(text, { schema: yaml.CORE_SCHEMA, json: false });
      } catch (error) {
        return (error as Error).message;
      }
    };
    let compared = 0;
    for (const file of files) {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        continue;
      }
      expect(read(built, text), file).toEqual(read(jsYaml, text));
      compared += 1;
    }
    expect(compared).toBeGreaterThan(50);
  });

  it('compiles a changed script afresh, also when it keeps its length (V8 compares no more than that)', () => {
    const dir = mkdtempSync(join(ROOT, 'dist/validator-cache-'));
    try {
      for (const file of FILES) copyFileSync(join(DIST, file), join(dir, file));
      const script = readFileSync(join(dir, 'schema-validator.script.js'), 'utf8');
      const changed = script.replace(/\nreturn validate\d+;\n\}\)$/, (end) => `\nreturn ()=>"edit"${' '.repeat(end.length - 22)};\n})`);
      expect(changed.length).toBe(script.length);
      expect(changed).not.toBe(script);
      writeFileSync(join(dir, 'schema-validator.script.js'), changed);
      expect(
        nodeSays(`const { validate } = await import(${JSON.stringify(pathToFileURL(join(dir, 'schema-validator.js')).href)}); console.log(validate({}));`),
      ).toBe('edit');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
