import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/core/check.js';
import { describeRule } from '../../src/core/rules/catalog.js';
import { ONDERDELEN, type Onderdeel, type OnderdeelStatus, type Severity } from '../../src/findings.js';

/**
 * The fixture cases of test/fixtures/check/ once more, now with the severity of every finding:
 * the severity decides the exit code (`--fail-on`) and whether a document is complete, and the
 * fixture list did not compare it (issue 8). A case may give `severity` per finding in its
 * expected.json; otherwise the severity is the one the rule catalogue (and the README table)
 * documents.
 *
 * Each case runs checkSource inside its test, not while the file is collected: mutation
 * testing (`npm run mutatie`) can only see what a test itself executes. (Importing the case
 * list from fixtures.test.ts would register its tests a second time, so the folder is read here.)
 */
const FIXTURES = join(import.meta.dirname, '../fixtures/check');
const CASES = readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

interface Expected {
  today?: string;
  findings: Array<WithSeverity & { messageIncludes?: string }>;
  onderdelen: Partial<Record<Onderdeel, OnderdeelStatus>> | null;
}

interface WithSeverity {
  rule: string;
  onderdeel: string | null;
  line: number;
  column: number;
  severity?: Severity;
}

const byPosition = (a: WithSeverity, b: WithSeverity): number =>
  a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule) || String(a.onderdeel).localeCompare(String(b.onderdeel));

describe.each(CASES)('fixture %s', (name) => {
  it('each expected finding, with its severity, and the status of every onderdeel', () => {
    const bytes = readFileSync(join(FIXTURES, name, 'afspraken.yaml'));
    const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected;
    const result = checkSource('afspraken.yaml', bytes, { today: expected.today ?? '2026-11-23' });

    const actual = result.findings.map((f) => ({ rule: f.rule, onderdeel: f.onderdeel, line: f.line, column: f.column, severity: f.severity }));
    const wanted = expected.findings.map((f) => ({
      rule: f.rule, onderdeel: f.onderdeel, line: f.line, column: f.column, severity: f.severity ?? describeRule(f.rule).severity,
    }));
    expect(actual.sort(byPosition)).toEqual(wanted.sort(byPosition));

    for (const want of expected.findings.filter((f) => f.messageIncludes)) {
      const found = result.findings.find((f) => f.rule === want.rule && f.line === want.line && f.column === want.column);
      expect(found?.message, `${want.rule} at ${want.line}:${want.column}`).toContain(want.messageIncludes);
    }

    if (expected.onderdelen === null) expect(result.onderdelen).toBeNull();
    else expect(result.onderdelen).toEqual(Object.fromEntries(ONDERDELEN.map((o) => [o, expected.onderdelen?.[o] ?? 'compleet'])));
  });
});
