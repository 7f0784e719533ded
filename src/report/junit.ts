import { isAtLeast, ONDERDELEN, type Finding } from '../findings.js';
import { ONDERDEEL_INFO } from '../core/onderdelen.js';
import type { CheckedFile } from '../core/run.js';
import { repositoryPath } from './paths.js';
import type { Reporter, ReportOptions } from './types.js';
import { element } from './xml.js';

/** Findings that belong to no onderdeel (YAML, schema, the file itself) get a test case of their own. */
const ALGEMEEN = 'algemeen';

interface TestCase {
  name: string;
  findings: Finding[];
  failed: boolean;
  skipped?: string;
}

/**
 * JUnit XML as GitLab, Jenkins and Azure DevOps read it: one testsuite per file, one testcase per
 * onderdeel of §6c. A testcase fails when its onderdeel is not compleet; the failure carries the
 * findings with line and column.
 */
export const formatJunit: Reporter = (run, options) => {
  const suites = run.files.map((file) => suite(file, options));
  const tests = suites.reduce((n, s) => n + s.tests, 0);
  const failures = suites.reduce((n, s) => n + s.failures, 0);
  const skipped = suites.reduce((n, s) => n + s.skipped, 0);
  const root = element('testsuites', { name: 'swa check', tests, failures, errors: 0, skipped }, suites.map((s) => s.xml), '');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n`;
};

function suite(file: CheckedFile, options: ReportOptions): { xml: string; tests: number; failures: number; skipped: number } {
  const path = repositoryPath(file.file, options);
  const cases = testCases(file);
  const failures = cases.filter((c) => c.failed).length;
  const skipped = cases.filter((c) => c.skipped !== undefined).length;
  const xml = element(
    'testsuite',
    { name: path, tests: cases.length, failures, errors: 0, skipped, file: path },
    cases.map((testCase) => renderCase(testCase, path, options)),
    '  ',
  );
  return { xml, tests: cases.length, failures, skipped };
}

function testCases(file: CheckedFile): TestCase[] {
  const general = file.findings.filter((f) => f.onderdeel === null);
  const cases: TestCase[] = [{ name: `${ALGEMEEN}: bestand, YAML en schema`, findings: general, failed: general.some(counts) || file.onderdelen === null }];
  for (const onderdeel of ONDERDELEN) {
    const name = `${onderdeel}: ${ONDERDEEL_INFO[onderdeel].titel}`;
    if (file.onderdelen === null) {
      cases.push({ name, findings: [], failed: false, skipped: 'Niet gecontroleerd: het bestand kon niet als afspraken worden gelezen (zie "algemeen").' });
      continue;
    }
    const findings = file.findings.filter((f) => f.onderdeel === onderdeel);
    cases.push({ name, findings, failed: file.onderdelen[onderdeel] !== 'compleet' || findings.some(counts) });
  }
  return cases;
}

/** Info findings are advice: they are shown, but do not fail a test. */
function counts(finding: Finding): boolean {
  return isAtLeast(finding.severity, 'waarschuwing');
}

function renderCase(testCase: TestCase, path: string, options: ReportOptions): string {
  const indent = '      ';
  const children: string[] = [];
  // A finding in a base file (through `extends`) names that file, not the checked one.
  const lines = testCase.findings.map((f) => `${repositoryPath(f.file, options)}:${f.line > 0 ? `${f.line}:${f.column}` : '-'} ${f.severity} ${f.message} (${f.rule})`);
  if (testCase.skipped !== undefined) {
    children.push(element('skipped', { message: testCase.skipped }, null, indent));
  } else if (testCase.failed) {
    const first = testCase.findings.find(counts) ?? testCase.findings[0];
    const message = first?.message ?? `Dit onderdeel is niet compleet.`;
    children.push(element('failure', { message, type: first?.rule ?? 'onderdeel-onvolledig' }, lines.join('\n') || message, indent));
  } else if (lines.length > 0) {
    children.push(element('system-out', {}, lines.join('\n'), indent));
  }
  return element('testcase', { name: testCase.name, classname: path, file: path }, children, '    ');
}
