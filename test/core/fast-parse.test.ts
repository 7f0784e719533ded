import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fastParse } from '../../src/core/load/fast-parse.js';
import { parseYaml } from '../../src/core/load/parse-yaml.js';
import { ROOT } from '../helpers/cli.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

const files = [...yamlFiles(join(ROOT, 'examples')), ...yamlFiles(join(ROOT, 'test/fixtures'))];

describe('the fast parse (data without positions)', () => {
  it('gives exactly the data of the exact parse, for every example and fixture it accepts', () => {
    let accepted = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
      const fast = fastParse(text);
      if (!fast) continue;
      accepted += 1;
      const exact = parseYaml(text, file);
      expect(
        exact.findings.filter((f) => f.severity === 'fout'),
        file,
      ).toEqual([]);
      expect(fast.data, file).toEqual(exact.data);
    }
    expect(accepted).toBeGreaterThan(20);
  });

  it('leaves anchors, aliases, duplicate keys, tabs, lists and empty files to the exact parse', () => {
    expect(fastParse('a: &x [1]\nb: *x\n')).toBeUndefined();
    expect(fastParse('a: 1\na: 2\n')).toBeUndefined();
    expect(fastParse('a:\n\tb: 1\n')).toBeUndefined();
    expect(fastParse('- a\n- b\n')).toBeUndefined();
    expect(fastParse('')).toBeUndefined();
    expect(fastParse('# alleen commentaar\n')).toBeUndefined();
  });

  it('leaves an empty list item followed by a less indented dash to the exact parse (js-yaml 4 reads it into the wrong list)', () => {
    const text = 'gemeente:\n   - Ja:\n     -  a\n     -  \n   - V\n   - x\n';
    expect(fastParse(text)).toBeUndefined();
    expect(parseYaml(text, 'f.yaml').data).toEqual({ gemeente: [{ Ja: ['a', null] }, 'V', 'x'] });
    // A dash with its item on the lines below is not empty.
    expect(fastParse('a:\n  -\n    b: 1\n  - c\n')?.data).toEqual({ a: [{ b: 1 }, 'c'] });
  });

  it('reads dates, versions and yes/no as YAML 1.2 core does', () => {
    expect(fastParse('datum: 2025-03-01\nversie: 1.0\nja: yes\nsleutel2024: x\n2024: y\n')?.data).toEqual({
      datum: '2025-03-01',
      versie: 1,
      ja: 'yes',
      sleutel2024: 'x',
      2024: 'y',
    });
  });
});
