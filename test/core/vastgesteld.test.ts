import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/core/check.js';
import { defineRule, type Rule, type RuleFinding } from '../../src/core/rules/define-rule.js';
import { vastgesteldMetOpenPunten } from '../../src/core/rules/vastgesteld.js';
import { memoryFiles } from '../regio/memory-files.js';

const gap = (id: string, severity: Rule['severity'], onderdeel: RuleFinding['onderdeel']): Rule =>
  defineRule({ id, severity, titel: 'Test.', hulp: 'Toetsregel.', grondslag: null, run: (context) => context.report({ path: [], onderdeel, message: 'x.' }) });

function run(rules: Rule[], data: Record<string, unknown>): RuleFinding[] {
  const found: RuleFinding[] = [];
  vastgesteldMetOpenPunten(rules).run({ data, today: '2026-11-23', report: (f) => found.push(f) });
  return found;
}

const VASTGESTELD = { document: { status: 'vastgesteld' } };

describe('vastgesteld-met-open-punten', () => {
  it('counts fout findings of an onderdeel and names the onderdelen in the order of the leidraad', () => {
    const [finding] = run([gap('x', 'fout', 'j'), gap('y', 'fout', 'a'), gap('z', 'fout', 'voorwaarde.visie'), gap('w', 'fout', 'a')], VASTGESTELD);
    expect(finding).toMatchObject({ path: ['document', 'status'], onderdeel: null, at: 'value' });
    expect(finding?.message).toContain('nog 4 open punten (bij a, j en voorwaarde.visie)');
    expect(finding?.message).toContain('`concept`');
  });

  it('ignores warnings, findings without onderdeel (gemeente) and an overdue evaluation', () => {
    expect(
      run([gap('x', 'waarschuwing', 'a'), gap('gemeente-ontbreekt', 'fout', null), gap('evaluatie-verlopen', 'fout', 'voorwaarde.evaluatie')], VASTGESTELD),
    ).toEqual([]);
  });

  it('says nothing for a concept, a file without status, or a base file', () => {
    const rules = [gap('x', 'fout', 'a')];
    expect(run(rules, { document: { status: 'concept' } })).toEqual([]);
    expect(run(rules, {})).toEqual([]);
    expect(run(rules, { ...VASTGESTELD, basis: true })).toEqual([]);
    expect(run(rules, VASTGESTELD)[0]?.message).toContain('nog 1 open punt (bij a)');
  });

  it("a gemeente file that inherits `vastgesteld` from its base and still has a gap is flagged at the base's status line", () => {
    const regio = 'schema_versie: 1\nbasis: true\ndocument:\n  status: vastgesteld\n';
    const gemeente = 'schema_versie: 1\nextends: ../regio.yaml\ngemeente:\n  naam: Proefdorp\n';
    const fs = memoryFiles({ 'regio.yaml': regio, 'gemeenten/proefdorp.yaml': gemeente });
    const base = checkSource('regio.yaml', fs.bytes('regio.yaml'), { today: '2026-11-23', readFile: fs.readFile });
    expect(base.findings.map((f) => f.rule)).not.toContain('vastgesteld-met-open-punten');
    const result = checkSource('gemeenten/proefdorp.yaml', fs.bytes('gemeenten/proefdorp.yaml'), {
      today: '2026-11-23',
      readFile: fs.readFile,
      rootLevelsUp: 1,
    });
    expect(result.findings.filter((f) => f.rule === 'vastgesteld-met-open-punten')).toEqual([
      expect.objectContaining({ file: 'regio.yaml', line: 4, severity: 'waarschuwing' }),
    ]);
  });

  it('counts what the gap rules reported earlier in the same check, and runs only those that did not run', () => {
    let runs = 0;
    const counted = (id: string, onderdeel: RuleFinding['onderdeel']): Rule =>
      defineRule({
        id,
        severity: 'fout',
        titel: 'Test.',
        hulp: 'Toetsregel.',
        grondslag: null,
        run: (context) => {
          runs += 1;
          context.report({ path: [], onderdeel, message: 'x.' });
        },
      });
    const ran = counted('ran', 'a');
    const notRun = counted('not-run', 'e');
    const earlier = new Map<Rule, RuleFinding[]>([
      [
        ran,
        [
          { path: [], onderdeel: 'c', message: 'x.' },
          { path: [], onderdeel: 'c', message: 'y.' },
        ],
      ],
    ]);
    const found: RuleFinding[] = [];
    vastgesteldMetOpenPunten([ran, notRun]).run({
      data: VASTGESTELD,
      today: '2026-11-23',
      report: (f) => found.push(f),
      reportedBy: (rule) => earlier.get(rule),
    });
    expect(runs).toBe(1);
    expect(found[0]?.message).toContain('nog 3 open punten (bij c en e)');
  });
});
