import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/core/check.js';

// A bijlage finding has the same fields as every other finding: reports (json, sarif) print what a finding holds.
describe('a bijlage finding', () => {
  it('carries no internal provenance field (inherited), like the findings of every other rule', () => {
    const text = 'schema_versie: 1\ngemeente:\n  naam: G\nbijlagen:\n  - titel: Formulier\n    bestand: bijlagen/x.pdf\n';
    const missing = Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    const result = checkSource('g/a.yaml', new TextEncoder().encode(text), {
      today: '2026-11-23',
      rootLevelsUp: 1,
      checkFile: () => {
        throw missing;
      },
    });
    const bijlage = result.findings.find((finding) => finding.rule.startsWith('bijlage'));
    expect(bijlage, JSON.stringify(result.findings.map((f) => f.rule))).toBeDefined();
    expect(bijlage).not.toHaveProperty('inherited');
    expect(bijlage).toMatchObject({ line: 6, path: ['bijlagen', 0, 'bestand'] });
  });
});
