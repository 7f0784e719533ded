import { describe, expect, it } from 'vitest';
import { quoted } from '../../src/core/domain/afspraak-text.js';
import type { Rule, RuleFinding } from '../../src/core/rules/define-rule.js';
import { escalatieOntbreekt, escalatieStapOnvolledig } from '../../src/core/rules/escalatie.js';
import { evaluatieOntbreekt } from '../../src/core/rules/evaluatie.js';
import { vastgesteldMetOpenPunten } from '../../src/core/rules/vastgesteld.js';

// Where a finding points (the key to add, or the value to change) and how it quotes what the
// user wrote: the parts of a message a gemeente acts on.

function run(rule: Rule, data: Record<string, unknown>): RuleFinding[] {
  const found: RuleFinding[] = [];
  rule.run({ data, today: '2026-11-23', report: (f) => found.push(f) });
  return found;
}

describe('quoted: a placeholder as the user typed it, in a message', () => {
  it('collapses spaces and line breaks and trims', () => {
    expect(quoted('  TODO   afstemmen\n  met de RvdK ')).toBe('TODO afstemmen met de RvdK');
    expect(quoted(42)).toBe('42');
    expect(quoted(null)).toBe('');
  });

  it('keeps 40 characters as they are and shortens a longer text to 40 with …', () => {
    const forty = 'a'.repeat(40);
    expect(quoted(forty)).toBe(forty);
    expect(quoted(`${'b'.repeat(39)} c en nog veel meer`)).toBe(`${'b'.repeat(39)}…`);
  });
});

describe('escalatie', () => {
  it('a missing ladder points at stappen when i_escalatie is there, else at i_escalatie', () => {
    expect(run(escalatieOntbreekt, { afspraken: { i_escalatie: {} } })[0]?.path).toEqual(['afspraken', 'i_escalatie', 'stappen']);
    expect(run(escalatieOntbreekt, { afspraken: {} })[0]?.path).toEqual(['afspraken', 'i_escalatie']);
    expect(run(escalatieOntbreekt, { afspraken: { i_escalatie: 'zie boven' } })[0]?.path).toEqual(['afspraken', 'i_escalatie']);
    expect(run(escalatieOntbreekt, { afspraken: { i_escalatie: {} } })[0]?.message).toContain('Onderdeel i (escalatie) ontbreekt.');
  });

  it('a step without wie points at the step (a key to add); with an empty wie at that value', () => {
    const stappen = [{ termijn: '5 werkdagen' }, { wie: '', termijn: '5 werkdagen' }, 'teamleiders'];
    const found = run(escalatieStapOnvolledig, { afspraken: { i_escalatie: { stappen } } });
    expect(found.map((f) => [f.path, f.at ?? 'key'])).toEqual([
      [['afspraken', 'i_escalatie', 'stappen', 0], 'key'],
      [['afspraken', 'i_escalatie', 'stappen', 1, 'wie'], 'value'],
      [['afspraken', 'i_escalatie', 'stappen', 2], 'key'],
      [['afspraken', 'i_escalatie', 'stappen', 2], 'key'],
    ]);
  });
});

describe('evaluatie-ontbreekt', () => {
  it('points at evaluatie when the block is missing, with what to write there', () => {
    const [finding] = run(evaluatieOntbreekt, {});
    expect(finding).toMatchObject({ path: ['evaluatie'], onderdeel: 'voorwaarde.evaluatie' });
    expect(finding?.message).toContain('`frequentie`');
  });

  it('does not report frequentie twice when it is there misspelt (the schema already names it)', () => {
    expect(run(evaluatieOntbreekt, { evaluatie: { frequntie: 'jaarlijks', volgende: '2027-01-01' } })).toEqual([]);
    expect(run(evaluatieOntbreekt, { evaluatie: { volgende: '2027-01-01' } })).toEqual([
      expect.objectContaining({ path: ['evaluatie', 'frequentie'], onderdeel: 'voorwaarde.evaluatie' }),
    ]);
  });
});

describe('vastgesteld-met-open-punten', () => {
  it('has its own id, a one-line title and help', () => {
    const rule = vastgesteldMetOpenPunten([]);
    expect(rule.id).toBe('vastgesteld-met-open-punten');
    expect(rule.titel).toMatch(/^Het document staat op vastgesteld.*\.$/);
    expect(rule.hulp.length).toBeGreaterThan(20);
  });
});
