import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatieLaatsteToekomst, evaluatieVolgorde } from '../../src/core/rules/evaluatie.js';
import { looptijdVerlopen, looptijdVolgorde } from '../../src/core/rules/looptijd.js';
import type { Rule, RuleFinding } from '../../src/core/rules/define-rule.js';

function run(rule: Rule, data: Record<string, unknown>, today: string): RuleFinding[] {
  const found: RuleFinding[] = [];
  rule.run({ data, today, report: (f) => found.push(f) });
  return found;
}

const looptijd = (van: unknown, tot: unknown): Record<string, unknown> => ({ document: { looptijd: { van, tot } } });
const evaluatie = (laatste: unknown, volgende: unknown): Record<string, unknown> => ({ evaluatie: { frequentie: 'jaarlijks', laatste, volgende } });

/** Existing dates from 2020 to 2031, as the agreements write them. */
const date = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2031-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('looptijd', () => {
  it.each([
    ['2026-01-01', '2026-12-31', '2026-11-23', []],
    ['2026-01-01', '2026-11-23', '2026-11-23', []],
    ['2026-01-01', '2026-11-22', '2026-11-23', ['looptijd-verlopen']],
    ['2026-06-01', '2026-06-01', '2026-01-01', []],
    ['2027-01-01', '2026-12-31', '2026-01-01', ['looptijd-volgorde']],
    ['2027-01-01', '2025-12-31', '2026-11-23', ['looptijd-volgorde']],
    [undefined, '2025-12-31', '2026-11-23', ['looptijd-verlopen']],
    ['2026-01-01', '2026-02-30', '2026-11-23', []],
    ['2026-01-01', 'TODO', '2026-11-23', []],
  ] as const)('van %s tot %s on %s: %j', (van, tot, today, rules) => {
    const data = looptijd(van, tot);
    const found = [looptijdVolgorde, looptijdVerlopen].flatMap((rule) => run(rule, data, today).map(() => rule.id));
    expect(found).toEqual(rules);
  });

  it('points at `tot`, with the dates in Dutch, outside any onderdeel', () => {
    const [finding] = run(looptijdVerlopen, looptijd('2024-01-01', '2025-12-31'), '2026-11-23');
    expect(finding).toMatchObject({ path: ['document', 'looptijd', 'tot'], onderdeel: null, at: 'value' });
    expect(finding?.message).toContain('31 december 2025');
    expect(finding?.message).toContain('23 november 2026');
  });

  it('property: reversed ⇔ looptijd-volgorde; expired and not reversed ⇔ looptijd-verlopen', () => {
    fc.assert(
      fc.property(date, date, date, (van, tot, today) => {
        const data = looptijd(van, tot);
        expect(run(looptijdVolgorde, data, today).length).toBe(van > tot ? 1 : 0);
        expect(run(looptijdVerlopen, data, today).length).toBe(tot < today && van <= tot ? 1 : 0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('evaluatie dates', () => {
  it.each([
    ['2026-01-15', '2027-01-15', '2026-11-23', []],
    ['2026-11-23', '2027-11-23', '2026-11-23', []],
    ['2026-11-24', '2027-11-24', '2026-11-23', ['evaluatie-laatste-in-toekomst']],
    ['2027-01-15', '2027-01-15', '2026-11-23', ['evaluatie-volgorde']],
    ['2027-03-01', '2026-03-01', '2026-11-23', ['evaluatie-volgorde']],
    ['2027-03-01', undefined, '2026-11-23', ['evaluatie-laatste-in-toekomst']],
  ] as const)('laatste %s, volgende %s on %s: %j', (laatste, volgende, today, rules) => {
    const data = evaluatie(laatste, volgende);
    const found = [evaluatieVolgorde, evaluatieLaatsteToekomst].flatMap((rule) => run(rule, data, today).map(() => rule.id));
    expect(found).toEqual(rules);
  });

  it('evaluatie-volgorde is a fout: a next evaluation before the last one cannot be planned by', () => {
    expect(evaluatieVolgorde.severity).toBe('fout');
    expect(evaluatieLaatsteToekomst.severity).toBe('fout');
  });

  it('property: one finding for laatste after today or out of order, never two for the same pair', () => {
    fc.assert(
      fc.property(date, date, date, (laatste, volgende, today) => {
        const data = evaluatie(laatste, volgende);
        const volgorde = run(evaluatieVolgorde, data, today).length;
        const toekomst = run(evaluatieLaatsteToekomst, data, today).length;
        expect(volgorde).toBe(volgende <= laatste ? 1 : 0);
        expect(toekomst).toBe(laatste > today && volgende > laatste ? 1 : 0);
      }),
      { numRuns: 300 },
    );
  });
});
