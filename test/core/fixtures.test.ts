import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/core/check.js';
import { describeRule } from '../../src/core/rules/catalog.js';
import { ONDERDELEN, type Onderdeel, type OnderdeelStatus, type Severity } from '../../src/findings.js';

/**
 * One folder per case under test/fixtures/check/: `afspraken.yaml` and `expected.json` listing
 * EVERY finding the file must give (rule, severity, onderdeel, line, column), so a finding too
 * many — a cascade — fails the case as much as one too few. `severity` may be left out: it is then
 * the rule's severity in the catalogue, so a case only spells it out where it differs (a base
 * file's gaps are info) and fixtures added on other branches keep working. The catalogue's
 * severities are pinned in turn by the README's rule table (test/readme.test.ts).
 * `onderdelen`: the statuses that differ from `compleet` (all others must be compleet), or null
 * when the file cannot be read as agreements.
 */
interface Expected {
  description: string;
  today?: string;
  findings: Array<{ rule: string; severity?: Severity; onderdeel: Onderdeel | null; line: number; column: number; messageIncludes?: string }>;
  onderdelen: Partial<Record<Onderdeel, OnderdeelStatus>> | null;
}

export const FIXTURES = join(import.meta.dirname, '../fixtures/check');
export const CASES = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

export function loadCase(name: string): { bytes: Buffer; expected: Expected } {
  return {
    bytes: readFileSync(join(FIXTURES, name, 'afspraken.yaml')),
    expected: JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected,
  };
}

describe.each(CASES)('fixture %s', (name) => {
  const { bytes, expected } = loadCase(name);
  // Checked inside the tests, not while the file is collected: mutation testing (npm run mutatie)
  // switches a mutant on only once the tests run, and must see each case fail.
  let checked: ReturnType<typeof checkSource> | undefined;
  const check = (): ReturnType<typeof checkSource> => (checked ??= checkSource('afspraken.yaml', bytes, { today: expected.today ?? '2026-11-23' }));

  it(`${expected.description}: exactly the expected findings`, () => {
    const actual = check().findings.map((f) => ({ rule: f.rule, severity: f.severity, onderdeel: f.onderdeel, line: f.line, column: f.column }));
    const wanted = expected.findings.map(({ messageIncludes: _, severity, ...f }) => ({ ...f, severity: severity ?? describeRule(f.rule).severity }));
    expect(sortFindings(actual)).toEqual(sortFindings(wanted));
  });

  it('messages say what was found', () => {
    for (const want of expected.findings.filter((f) => f.messageIncludes)) {
      const found = check().findings.find((f) => f.rule === want.rule && f.line === want.line && f.column === want.column);
      expect(found?.message, `${want.rule} at ${want.line}:${want.column}`).toContain(want.messageIncludes);
    }
  });

  it('per-onderdeel status', () => {
    if (expected.onderdelen === null) {
      expect(check().onderdelen).toBeNull();
      return;
    }
    const wanted = Object.fromEntries(ONDERDELEN.map((o) => [o, expected.onderdelen?.[o] ?? 'compleet']));
    expect(check().onderdelen).toEqual(wanted);
  });

  it('every finding is complete data', () => {
    for (const finding of check().findings) {
      expect(finding.file).toBe('afspraken.yaml');
      expect(['fout', 'waarschuwing', 'info']).toContain(finding.severity);
      expect(finding.rule).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
      expect(finding.line).toBeGreaterThanOrEqual(1);
      expect(finding.column).toBeGreaterThanOrEqual(1);
      expect(Array.isArray(finding.path)).toBe(true);
      expect(finding.message).toMatch(/[.?"]$/);
    }
  });
});

function sortFindings<T extends { rule: string; severity: string; line: number; column: number; onderdeel: string | null }>(list: T[]): T[] {
  return [...list].sort(
    (a, b) =>
      a.line - b.line ||
      a.column - b.column ||
      a.rule.localeCompare(b.rule) ||
      String(a.onderdeel).localeCompare(String(b.onderdeel)) ||
      a.severity.localeCompare(b.severity),
  );
}
