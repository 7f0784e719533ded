import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/core/check.js';
import { MISSING_ONDERDEEL_RULES, RULES } from '../../src/core/rules/index.js';
import { evaluatieVerlopen } from '../../src/core/rules/evaluatie.js';
import { ONDERDELEN } from '../../src/findings.js';
import type { RuleFinding } from '../../src/core/rules/define-rule.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/check');
const expectedRules = new Set(
  readdirSync(FIXTURES).flatMap((name) =>
    (JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as { findings: Array<{ rule: string }> }).findings.map((f) => f.rule),
  ),
);

describe('the rule registry', () => {
  it('has unique, stable kebab-case ids', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('gives every rule a Dutch one-line title and a grondslag that is an onderdeel (or none)', () => {
    for (const rule of RULES) {
      expect(rule.titel, rule.id).toMatch(/^[A-Z].*\.$/);
      if (rule.grondslag !== null) expect(ONDERDELEN).toContain(rule.grondslag);
    }
  });

  it.each(RULES.map((r) => r.id))('rule %s has a fixture that makes it fail', (id) => {
    expect(expectedRules).toContain(id);
  });

  it.each([
    'schema-type',
    'schema-onbekende-sleutel',
    'schema-formaat',
    'schema-keuze',
    'schema-verplicht',
    'yaml-syntax',
    'yaml-dubbele-sleutel',
    'yaml-verwijzingen',
    'bestand-leeg',
    'bestand-codering',
  ])('finding %s has a fixture', (id) => expect(expectedRules).toContain(id));

  it('only names registered rules as "onderdeel missing"', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const id of MISSING_ONDERDEEL_RULES) expect(ids).toContain(id);
  });
});

describe('the complete examples', () => {
  it.each(['examples/voorbeeldstad.yaml', 'test/fixtures/check/compleet/afspraken.yaml'])('%s has no finding and every onderdeel compleet', (file) => {
    const result = checkSource(file, readFileSync(join(import.meta.dirname, '../..', file)), { today: '2026-11-23' });
    expect(result.findings).toEqual([]);
    expect(Object.values(result.onderdelen ?? {})).toEqual(ONDERDELEN.map(() => 'compleet'));
  });

  it('the draft example lists its gaps without any schema or YAML error', () => {
    const result = checkSource('concept.yaml', readFileSync(join(import.meta.dirname, '../../examples/concept-middenwaard.yaml')), { today: '2026-11-23' });
    expect(result.findings.length).toBeGreaterThan(10);
    expect(result.findings.filter((f) => /^(schema|yaml|bestand)-/.test(f.rule))).toEqual([]);
    expect(Object.values(result.onderdelen ?? {})).toContain('onvolledig');
    expect(Object.values(result.onderdelen ?? {})).toContain('ontbreekt');
  });
});

describe('voorwaarde.evaluatie and "today"', () => {
  const run = (volgende: unknown, today: string): RuleFinding[] => {
    const found: RuleFinding[] = [];
    evaluatieVerlopen.run({ data: { evaluatie: { volgende } }, today, report: (f) => found.push(f) });
    return found;
  };

  it('a next evaluation today or later is fine; the day after it is overdue', () => {
    expect(run('2026-11-23', '2026-11-23')).toEqual([]);
    expect(run('2026-11-24', '2026-11-23')).toEqual([]);
    expect(run('2026-11-22', '2026-11-23')).toHaveLength(1);
  });

  it('leaves a date that is not a date to the schema', () => {
    expect(run('1 maart 2020', '2026-11-23')).toEqual([]);
    expect(run(20200101, '2026-11-23')).toEqual([]);
  });
});

describe('onderdeelOfPath', () => {
  it('maps a place in the file to the onderdeel it belongs to', async () => {
    const { onderdeelOfPath } = await import('../../src/core/domain/onderdeel-of-path.js');
    expect(onderdeelOfPath(['afspraken', 'c_taakverdeling', 'wachtlijsten', 0, 'termijn'])).toBe('c');
    expect(onderdeelOfPath(['afspraken', 'b_informeren_betrokkenen', 'verzoek_tot_onderzoek', 'wie'])).toBe('b.ii');
    expect(onderdeelOfPath(['afspraken', 'd_betrokkenheid', 'kwaliteit_veiligheidsbeoordeling'])).toBe('d.v');
    expect(onderdeelOfPath(['afspraken', 'h_methoden_en_instrumenten', 3, 'naam'])).toBe('h');
    expect(onderdeelOfPath(['evaluatie', '2027'])).toBe('voorwaarde.evaluatie');
    // b and d hold more than one onderdeel; the group itself belongs to none of them.
    expect(onderdeelOfPath(['afspraken', 'b_informeren_betrokkenen', 'onbekend'])).toBeNull();
    expect(onderdeelOfPath(['document', 'datum'])).toBeNull();
    expect(onderdeelOfPath([])).toBeNull();
  });
});
