import { isAtLeast, ONDERDELEN, type Finding } from '../findings.js';
import { ONDERDEEL_INFO } from '../core/domain/onderdelen.js';
import type { Breach, CheckedFile, FailOn, Outcome } from '../core/run.js';
import { describeBreach, outcomeFor } from './outcome.js';
import { repositoryPath } from './paths.js';
import type { Reporter, ReportOptions } from './types.js';
import { element } from './xml.js';

/** Findings that belong to no onderdeel (YAML, schema, the file itself) get a test case of their own. */
const ALGEMEEN = 'algemeen';

/** The suite for what belongs to the run as a whole: the thresholds and what named no file. */
const RUN_SUITE = 'swa check';

interface TestCase {
  name: string;
  /** Shown with the test case: all its findings, info included. */
  findings: Finding[];
  /** A failure: findings at or above --fail-on. */
  failure?: { message: string; type: string; text: string };
  /** An error: the test could not be run (the file could not be read). */
  error?: { message: string; type: string; text: string };
  skipped?: string;
}

/**
 * JUnit XML as GitLab, Jenkins and Azure DevOps read it: one testsuite per file, one testcase per
 * onderdeel of §6c. A testcase fails when it has a finding at or above `--fail-on`, so the test
 * results fail exactly when the exit code does; an unreadable file is an error (exit code 2).
 * Thresholds over the whole run (`--max-waarschuwingen`) and arguments that named no file are
 * test cases of one more suite.
 */
export const formatJunit: Reporter = (run, options) => {
  const outcome = outcomeFor(run, options);
  const suites = run.files.map((file) => fileSuite(file, outcome.thresholds.failOn, options));
  const runCases = runTestCases(outcome);
  if (runCases.length > 0) suites.push(suite(RUN_SUITE, undefined, runCases, options));
  const total = (key: 'tests' | 'failures' | 'errors' | 'skipped'): number => suites.reduce((n, s) => n + s[key], 0);
  const root = element(
    'testsuites',
    { name: 'swa check', tests: total('tests'), failures: total('failures'), errors: total('errors'), skipped: total('skipped') },
    suites.map((s) => s.xml),
    '',
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n`;
};

interface Suite {
  xml: string;
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

function fileSuite(file: CheckedFile, failOn: FailOn, options: ReportOptions): Suite {
  const path = repositoryPath(file.file, options);
  return suite(path, path, testCases(file, failOn, options), options);
}

function suite(name: string, path: string | undefined, cases: TestCase[], options: ReportOptions): Suite {
  const counts = {
    tests: cases.length,
    failures: cases.filter((c) => c.failure).length,
    errors: cases.filter((c) => c.error).length,
    skipped: cases.filter((c) => c.skipped !== undefined).length,
  };
  const xml = element(
    'testsuite',
    { name, ...counts, ...(path ? { file: path } : {}) },
    cases.map((c) => renderCase(c, path ?? name, path, options)),
    '  ',
  );
  return { xml, ...counts };
}

function testCases(file: CheckedFile, failOn: FailOn, options: ReportOptions): TestCase[] {
  // Without onderdelen (unreadable, broken YAML) every finding belongs to the file as a whole.
  const general = file.onderdelen === null ? file.findings : file.findings.filter((f) => f.onderdeel === null);
  const algemeen: TestCase = { name: `${ALGEMEEN}: bestand, YAML en schema`, findings: general };
  if (file.unreadable) algemeen.error = problem(general, general, 'bestand-onleesbaar', 'Het bestand kon niet gelezen worden.', options);
  else fail(algemeen, failOn, options);
  const cases = [algemeen];
  for (const onderdeel of ONDERDELEN) {
    const name = `${onderdeel}: ${ONDERDEEL_INFO[onderdeel].titel}`;
    if (file.onderdelen === null) {
      cases.push({ name, findings: [], skipped: 'Niet gecontroleerd: het bestand kon niet als afspraken worden gelezen (zie "algemeen").' });
      continue;
    }
    const testCase: TestCase = { name, findings: file.findings.filter((f) => f.onderdeel === onderdeel) };
    fail(testCase, failOn, options);
    cases.push(testCase);
  }
  return cases;
}

/** Marks the test case failed when one of its findings reaches --fail-on. */
function fail(testCase: TestCase, failOn: FailOn, options: ReportOptions): void {
  const reaching = failOn === 'nooit' ? [] : testCase.findings.filter((f) => isAtLeast(f.severity, failOn));
  if (reaching.length > 0) testCase.failure = problem(testCase.findings, reaching, reaching[0]!.rule, reaching[0]!.message, options);
}

function problem(all: Finding[], reaching: Finding[], type: string, fallback: string, options: ReportOptions): { message: string; type: string; text: string } {
  return { message: reaching[0]?.message ?? fallback, type, text: findingLines(all, options) || fallback };
}

function runTestCases(outcome: Outcome): TestCase[] {
  const byKind = (kind: Breach['kind']): Breach | undefined => outcome.breaches.find((b) => b.kind === kind);
  const cases: TestCase[] = [];
  const { maxWaarschuwingen } = outcome.thresholds;
  if (maxWaarschuwingen !== undefined) {
    const breach = byKind('max-waarschuwingen');
    const testCase: TestCase = { name: `--max-waarschuwingen ${maxWaarschuwingen}`, findings: [] };
    if (breach) testCase.failure = { message: describeBreach(breach), type: 'max-waarschuwingen', text: describeBreach(breach) };
    cases.push(testCase);
  }
  for (const kind of ['inputs', 'reports'] as const) {
    const breach = byKind(kind);
    if (breach)
      cases.push({
        name: kind === 'inputs' ? 'invoer' : 'rapporten',
        findings: [],
        error: { message: describeBreach(breach), type: kind, text: describeBreach(breach) },
      });
  }
  return cases;
}

function findingLines(findings: Finding[], options: ReportOptions): string {
  // A finding in a base file (through `extends`) names that file, not the checked one.
  return findings
    .map((f) => `${repositoryPath(f.file, options)}:${f.line > 0 ? `${f.line}:${f.column}` : '-'} ${f.severity} ${f.message} (${f.rule})`)
    .join('\n');
}

function renderCase(testCase: TestCase, classname: string, path: string | undefined, options: ReportOptions): string {
  const indent = '      ';
  const children: string[] = [];
  if (testCase.skipped !== undefined) children.push(element('skipped', { message: testCase.skipped }, null, indent));
  else if (testCase.error) children.push(element('error', { message: testCase.error.message, type: testCase.error.type }, testCase.error.text, indent));
  else if (testCase.failure)
    children.push(element('failure', { message: testCase.failure.message, type: testCase.failure.type }, testCase.failure.text, indent));
  else if (testCase.findings.length > 0) children.push(element('system-out', {}, findingLines(testCase.findings, options), indent));
  return element('testcase', { name: testCase.name, classname, ...(path ? { file: path } : {}) }, children, '    ');
}
