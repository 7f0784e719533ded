import { describe, expect, it } from 'vitest';
import type { RuleFinding } from '../../src/core/rules/define-rule.js';
import { veldOntbreekt } from '../../src/core/rules/veld-ontbreekt.js';

describe('veld-ontbreekt', () => {
  it('points at the key of the missing field, where the user has to write it', () => {
    const found: RuleFinding[] = [];
    veldOntbreekt.run({ data: { document: { looptijd: { van: '2026-01-01' } }, evaluatie: {} }, today: '2026-11-23', report: (f) => found.push(f) });
    expect(found.map((f) => [f.path, f.at])).toEqual([
      [['document', 'looptijd'], 'key'],
      [['evaluatie'], 'key'],
    ]);
  });
});
