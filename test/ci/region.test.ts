import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/core/check.js';
import { swa } from '../helpers/cli.js';
// @ts-expect-error: a plain .mjs script without types
import { generateGemeenten } from '../../scripts/generate-gemeenten.mjs';
import { DATUM, workspace } from './workspace.js';

describe('checking a whole region at once', () => {
  it('gives, for every file, the same findings as checking it alone', () => {
    const dir = workspace();
    const count = 99;
    const paths = (generateGemeenten as (n: number, d: string) => string[])(count, join(dir, 'gemeenten'));
    const result = swa(['check', 'gemeenten', '--format', 'json', ...DATUM], { cwd: dir });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { files: Array<{ file: string; findings: unknown[]; onderdelen: unknown }> };
    expect(report.files).toHaveLength(count);
    const sorted = [...paths].sort();
    report.files.forEach((file, i) => {
      const alone = checkSource(file.file, readFileSync(sorted[i]!), { today: DATUM[1]! });
      expect(file.file).toBe(`gemeenten/${sorted[i]!.split('/').at(-1)}`);
      expect(file.findings).toEqual(alone.findings);
      expect(file.onderdelen).toEqual(alone.onderdelen);
    });
  });
});
