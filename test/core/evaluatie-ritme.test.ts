import { describe, expect, it } from 'vitest';
import type { RuleFinding } from '../../src/core/rules/define-rule.js';
import { evaluatieRitme } from '../../src/core/rules/evaluatie-ritme.js';

const TODAY = '2026-11-23';

function run(evaluatie: Record<string, unknown>, today = TODAY): RuleFinding[] {
  const found: RuleFinding[] = [];
  evaluatieRitme.run({ data: { evaluatie }, today, report: (f) => found.push(f) });
  return found;
}

describe('evaluatie-ritme', () => {
  // The last date a next evaluation may have after 2026-06-01: rhythm plus a margin of 3 months.
  it.each([
    ['per_kwartaal', '2026-12-01', '2026-12-02'],
    ['halfjaarlijks', '2027-03-01', '2027-03-02'],
    ['jaarlijks', '2027-09-01', '2027-09-02'],
    ['tweejaarlijks', '2028-09-01', '2028-09-02'],
  ])('%s: up to %s is fine, %s is too late', (frequentie, lastFine, firstFlagged) => {
    expect(run({ frequentie, laatste: '2026-06-01', volgende: lastFine })).toEqual([]);
    expect(run({ frequentie, laatste: '2026-06-01', volgende: firstFlagged })).toHaveLength(1);
  });

  it('the examples of the issue: 16 months for jaarlijks is flagged, 13½ is not', () => {
    expect(run({ frequentie: 'jaarlijks', laatste: '2025-11-01', volgende: '2026-12-15' })).toEqual([]);
    const [finding] = run({ frequentie: 'jaarlijks', laatste: '2025-11-01', volgende: '2027-03-01' });
    expect(finding).toMatchObject({ path: ['evaluatie', 'volgende'], onderdeel: 'voorwaarde.evaluatie', at: 'value' });
    expect(finding?.message).toContain('tussen de laatste evaluatie (1 november 2025) en de volgende (1 maart 2027) zitten 16 maanden');
  });

  it('says "ruim" for leftover days and advises the date on rhythm, or to plan soon when that date has passed', () => {
    const future = run({ frequentie: 'halfjaarlijks', laatste: '2026-10-15', volgende: '2027-08-20' }, '2026-11-23');
    expect(future[0]?.message).toContain('zitten ruim 10 maanden');
    expect(future[0]?.message).toContain('Plan de volgende evaluatie rond 15 april 2027, of pas de frequentie aan.');
    const passed = run({ frequentie: 'jaarlijks', laatste: '2025-11-01', volgende: '2027-03-01' }, '2026-11-23');
    expect(passed[0]?.message).toContain('rond 1 november 2026 aan de beurt: plan haar zo snel mogelijk');
  });

  it('leaves other problems to their own rule: no date, bad date, wrong order, already past, unknown rhythm', () => {
    expect(run({ frequentie: 'jaarlijks', volgende: '2030-01-01' })).toEqual([]);
    expect(run({ frequentie: 'jaarlijks', laatste: '1 november 2025', volgende: '2030-01-01' })).toEqual([]);
    expect(run({ frequentie: 'jaarlijks', laatste: '2030-01-01', volgende: '2025-01-01' })).toEqual([]);
    expect(run({ frequentie: 'jaarlijks', laatste: '2020-01-01', volgende: '2026-11-22' })).toEqual([]);
    expect(run({ frequentie: 'maandelijks', laatste: '2020-01-01', volgende: '2030-01-01' })).toEqual([]);
    expect(run({ laatste: '2020-01-01', volgende: '2030-01-01' })).toEqual([]);
  });
});
