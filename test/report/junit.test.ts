import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { isAtLeast, ONDERDELEN } from '../../src/findings.js';
import { formatJunit } from '../../src/report/junit.js';
import { mixedRun, OPTIONS, regionRun } from './run-fixture.js';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name) });

type TestCase = {
  name: string;
  classname: string;
  failure?: { message: string; type: string; '#text': string };
  error?: { type: string };
  skipped?: object;
  'system-out'?: string;
};
type Suite = { name: string; tests: string; failures: string; skipped: string; testcase: TestCase[] };

function parse(xml: string): { testsuites: { tests: string; failures: string; testsuite: Suite[] } } {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

describe('junit report', () => {
  it('has one testsuite per file and one testcase per onderdeel plus one for the file itself', () => {
    const run = mixedRun();
    const { testsuites } = parse(formatJunit(run, OPTIONS));
    expect(testsuites.testsuite.map((s) => s.name)).toEqual(run.files.map((f) => f.file));
    for (const suite of testsuites.testsuite) {
      expect(suite.testcase).toHaveLength(ONDERDELEN.length + 1);
      expect(Number(suite.tests)).toBe(suite.testcase.length);
      expect(Number(suite.failures)).toBe(suite.testcase.filter((c) => c.failure).length);
    }
    const total = testsuites.testsuite.reduce((n, s) => n + Number(s.failures), 0);
    expect(Number(testsuites.failures)).toBe(total);
  });

  it('fails exactly the onderdelen with a finding at or above --fail-on, carrying all their findings', () => {
    const run = mixedRun();
    const draft = run.files[1]!;
    for (const failOn of ['fout', 'waarschuwing', 'info', 'nooit'] as const) {
      const suite = parse(formatJunit(run, { ...OPTIONS, thresholds: { failOn } })).testsuites.testsuite[1]!;
      for (const onderdeel of ONDERDELEN) {
        const testCase = suite.testcase.find((c) => c.name.startsWith(`${onderdeel}: `))!;
        const own = draft.findings.filter((f) => f.onderdeel === onderdeel);
        const reaches = failOn !== 'nooit' && own.some((f) => isAtLeast(f.severity, failOn));
        expect(Boolean(testCase.failure), `${onderdeel} --fail-on ${failOn}`).toBe(reaches);
        for (const finding of reaches ? own : []) expect(testCase.failure!['#text']).toContain(`${finding.line}:${finding.column}`);
      }
    }
  });

  it('does not fail a test for a waarschuwing under the default --fail-on fout (the exit code is 0 then)', () => {
    const run = mixedRun();
    const draft = run.files[1]!;
    const onderdeel = draft.findings.find(
      (f) => f.severity === 'waarschuwing' && f.onderdeel !== null && !draft.findings.some((g) => g.onderdeel === f.onderdeel && g.severity === 'fout'),
    )!.onderdeel;
    const suite = parse(formatJunit(run, OPTIONS)).testsuites.testsuite[1]!;
    const testCase = suite.testcase.find((c) => c.name.startsWith(`${onderdeel}: `))!;
    expect(testCase.failure).toBeUndefined();
    expect(testCase['system-out']).toContain('waarschuwing');
  });

  it('a complete file passes every test; a broken file fails "algemeen" and skips the onderdelen', () => {
    const suites = parse(formatJunit(mixedRun(), OPTIONS)).testsuites.testsuite;
    expect(suites[0]!.testcase.every((c) => !c.failure && !c.skipped)).toBe(true);
    const broken = suites[2]!;
    expect(broken.testcase[0]!.failure!.type).toBe('yaml-syntax');
    expect(broken.testcase.slice(1).every((c) => c.skipped !== undefined)).toBe(true);
    // A file that could not be read is an error (exit code 2), whatever --fail-on says.
    const unreadable = parse(formatJunit(mixedRun(), { ...OPTIONS, thresholds: { failOn: 'nooit' } })).testsuites.testsuite[3]!;
    expect(unreadable.testcase[0]!.error!.type).toBe('bestand-onleesbaar');
    expect(unreadable.testcase[0]!.failure).toBeUndefined();
  });

  it('escapes markup and drops characters XML cannot carry', () => {
    const run = mixedRun();
    run.files[0]!.findings.push({
      rule: 'schema-type',
      severity: 'fout',
      onderdeel: null,
      message: 'a <b> & "c" \u0007 \'d\'',
      file: run.files[0]!.file,
      line: 3,
      column: 1,
      path: [],
    });
    const suite = parse(formatJunit(run, OPTIONS)).testsuites.testsuite[0]!;
    expect(suite.testcase[0]!.failure!.message).toContain('a <b> & "c"');
  });

  it('names the base file (extends) for a finding that lies there, in the suite of the gemeente file', () => {
    const run = regionRun();
    const suite = parse(formatJunit(run, { ...OPTIONS, thresholds: { failOn: 'info' } })).testsuites.testsuite[0]!;
    expect(suite.name).toBe('examples/regio-voorbeeld/gemeenten/waterstad.yaml');
    const finding = run.files[0]!.findings.find((f) => f.file !== run.files[0]!.file)!;
    expect(finding.file).toBe('examples/regio-voorbeeld/regio-waterland-zuid.yaml');
    const testCase = suite.testcase.find((c) => c.name.startsWith(`${finding.onderdeel}: `))!;
    expect(testCase.failure!['#text']).toContain(`examples/regio-voorbeeld/regio-waterland-zuid.yaml:${finding.line}:${finding.column} `);
    expect(testCase.failure!['#text']).not.toContain('waterstad.yaml:');
  });
});
