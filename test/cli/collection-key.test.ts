import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, swa } from '../helpers/cli.js';

// In test/cli, not beside the core property in test/core: it runs the built CLI, which the
// mutation run's sandbox (test/core only, no dist) does not have.
const today = '2026-11-23';
const compleet = readFileSync(join(ROOT, 'test/fixtures/check/compleet/afspraken.yaml'), 'utf8');

describe('a list or group as a key, through the CLI', () => {
  it('the command prints no English Node warning about it, also not in --herstel', () => {
    const text = compleet.replace(/^gemeente:\n/m, '? [a, b]\n: y\ngemeente:\n');
    for (const args of [
      ['check', '-'],
      ['check', '--herstel', '--toon', '-'],
    ]) {
      const result = swa([...args, '--datum', today], { input: text });
      expect(result.stderr).not.toMatch(/Warning|stringified|node:/);
    }
  });
});
