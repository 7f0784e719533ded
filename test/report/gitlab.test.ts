import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { formatGitlab } from '../../src/report/gitlab.js';
import { ROOT } from '../helpers/cli.js';
import { fingerprints } from '../../src/report/fingerprint.js';
import { checkText, example, mixedRun, OPTIONS, regionRun } from './run-fixture.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/ci/schemas/gitlab-code-quality-report.schema.json'), 'utf8'));
const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);

type Issue = { check_name: string; fingerprint: string; severity: string; location: { path: string; lines: { begin: number } } };

describe('gitlab code quality report', () => {
  it('is accepted by the Code Quality report schema', () => {
    const report = JSON.parse(formatGitlab(mixedRun(), OPTIONS));
    validate(report);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('a report with a path outside the project is rejected by that schema', () => {
    const report = JSON.parse(formatGitlab(mixedRun(), OPTIONS)) as Issue[];
    report[0]!.location.path = '/etc/passwd';
    expect(validate(report)).toBe(false);
  });

  it('has one issue per finding with unique fingerprints and the severity mapped', () => {
    const run = mixedRun();
    const report = JSON.parse(formatGitlab(run, OPTIONS)) as Issue[];
    const findings = run.files.flatMap((f) => f.findings);
    expect(report).toHaveLength(findings.length);
    expect(new Set(report.map((i) => i.fingerprint)).size).toBe(report.length);
    report.forEach((issue, i) => {
      expect(issue.check_name).toBe(findings[i]!.rule);
      expect(issue.severity).toBe({ fout: 'major', waarschuwing: 'minor', info: 'info' }[findings[i]!.severity]);
      expect(issue.location.lines.begin).toBe(Math.max(findings[i]!.line, 1));
    });
  });

  it('keeps fingerprints stable when lines move', () => {
    const a = JSON.parse(formatGitlab({ today: '2026-11-23', files: [checkText('x.yaml', example('concept-middenwaard.yaml'))] }, OPTIONS)) as Issue[];
    const b = JSON.parse(formatGitlab({ today: '2026-11-23', files: [checkText('x.yaml', `\n\n${example('concept-middenwaard.yaml')}`)] }, OPTIONS)) as Issue[];
    expect(b.map((i) => i.location.lines.begin)).toEqual(a.map((i) => i.location.lines.begin + 2));
    expect(b.map((i) => i.fingerprint)).toEqual(a.map((i) => i.fingerprint));
  });

  it('places a finding in a base file (extends) at the base file, with the fingerprint of the gemeente file', () => {
    const run = regionRun();
    const report = JSON.parse(formatGitlab(run, OPTIONS)) as Issue[];
    validate(report);
    expect(validate.errors ?? []).toEqual([]);
    // The base TODO, once per gemeente; oosterdijk also inherits a gap at c (its c_taakverdeling comes from the base only).
    const inBase = report.filter(
      (issue) => issue.location.path === 'examples/regio-voorbeeld/regio-waterland-zuid.yaml' && issue.check_name === 'detail-placeholder',
    );
    expect(inBase).toHaveLength(2);
    const findings = run.files.flatMap((f) => f.findings);
    const expectedPrints = run.files.flatMap((f) => fingerprints(f.file, f.findings));
    report.forEach((issue, i) => {
      expect(issue.location.path).toBe(findings[i]!.file);
      expect(issue.location.lines.begin).toBe(findings[i]!.line);
      // Keyed on the checked file, as before: the same base TODO is a separate issue per gemeente.
      expect(issue.fingerprint).toBe(expectedPrints[i]);
    });
    expect(inBase[0]!.fingerprint).not.toBe(inBase[1]!.fingerprint);
  });
});
