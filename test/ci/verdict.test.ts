// Every report says what the exit code says: the ✔/✖ of the text summary, the JUnit failures and
// errors, the outcome in JSON and the exit code in SARIF, for any run and any thresholds.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { ONDERDELEN, SEVERITIES, type Finding, type OnderdeelStatus } from '../../src/findings.js';
import { outcomeOf, type CheckedFile, type CheckRun, type Thresholds, type UsageProblems } from '../../src/core/run.js';
import { formatJson } from '../../src/report/json.js';
import { formatJunit } from '../../src/report/junit.js';
import { formatSarif } from '../../src/report/sarif.js';
import { formatText } from '../../src/report/text.js';
import type { ReportOptions } from '../../src/report/types.js';
import { ROOT, swa } from '../helpers/cli.js';
import { DATUM, workspace } from './workspace.js';

const BASE = { color: false, tool: { name: 'samenwerkingsafspraken', version: '0.0.0' }, root: ROOT, cwd: ROOT } satisfies ReportOptions;

const finding = (file: string): fc.Arbitrary<Finding> =>
  fc
    .record({
      severity: fc.constantFrom(...SEVERITIES),
      onderdeel: fc.option(fc.constantFrom(...ONDERDELEN), { nil: null }),
      line: fc.nat({ max: 40 }),
    })
    .map(({ severity, onderdeel, line }) => ({ rule: 'r', severity, onderdeel, message: 'm', path: [], file, line, column: line > 0 ? 1 : 0 }));

const checkedFile = (index: number): fc.Arbitrary<CheckedFile> => {
  const file = `gemeenten/g${index}.yaml`;
  return fc.oneof(
    {
      weight: 5,
      arbitrary: fc.array(finding(file), { maxLength: 6 }).map(
        (findings): CheckedFile => ({
          file,
          findings,
          data: {},
          onderdelen: Object.fromEntries(ONDERDELEN.map((o) => [o, findings.some((f) => f.onderdeel === o) ? 'onvolledig' : 'compleet'])) as Record<
            (typeof ONDERDELEN)[number],
            OnderdeelStatus
          >,
        }),
      ),
    },
    // YAML that could not be read as agreements: findings, but no onderdelen.
    {
      weight: 1,
      arbitrary: fc
        .array(finding(file), { minLength: 1, maxLength: 3 })
        .map((findings): CheckedFile => ({ file, findings: findings.map((f) => ({ ...f, onderdeel: null })), data: undefined, onderdelen: null })),
    },
    {
      weight: 1,
      arbitrary: fc.constant<CheckedFile>({
        file,
        data: undefined,
        onderdelen: null,
        unreadable: true,
        findings: [{ rule: 'bestand-onleesbaar', severity: 'fout', onderdeel: null, message: 'weg', file, line: 0, column: 0, path: [] }],
      }),
    },
  );
};

const run: fc.Arbitrary<CheckRun> = fc
  .nat({ max: 4 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => checkedFile(i))))
  .map((files) => ({ today: '2026-11-23', files }));
const thresholds: fc.Arbitrary<Thresholds> = fc.record({
  failOn: fc.constantFrom('fout', 'waarschuwing', 'info', 'nooit'),
  maxWaarschuwingen: fc.option(fc.nat({ max: 4 }), { nil: undefined }),
});
const usage: fc.Arbitrary<UsageProblems> = fc.record({ inputs: fc.nat({ max: 1 }), reports: fc.nat({ max: 1 }) });

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

describe('every report agrees with the exit code', () => {
  it('text ✔/✖, JUnit failures and errors, JSON and SARIF exit codes', () => {
    fc.assert(
      fc.property(run, thresholds, usage, (checkRun, limits, problems) => {
        const options: ReportOptions = { ...BASE, thresholds: limits, usage: problems };
        const { exitCode } = outcomeOf(checkRun, limits, problems);

        const summaryLine = formatText(checkRun, options)
          .split('\n')
          .find((line) => /^[✔✖] /.test(line))!;
        expect(summaryLine.startsWith('✔'), summaryLine).toBe(exitCode === 0);

        const suites = xml.parse(formatJunit(checkRun, options)).testsuites as { failures: string; errors: string };
        expect(Number(suites.failures) + Number(suites.errors) > 0).toBe(exitCode !== 0);
        // An error (a test that could not run) exactly when the exit code is 2.
        expect(Number(suites.errors) > 0).toBe(exitCode === 2);

        expect(JSON.parse(formatJson(checkRun, options)).outcome.exitCode).toBe(exitCode);
        expect(JSON.parse(formatSarif(checkRun, options)).runs[0].invocations[0].exitCode).toBe(exitCode);
      }),
      { numRuns: 300 },
    );
  });

  it('names every reason for a non-zero exit code under the summary, except the default "a fout fails"', () => {
    fc.assert(
      fc.property(run, thresholds, usage, (checkRun, limits, problems) => {
        const text = formatText(checkRun, { ...BASE, thresholds: limits, usage: problems });
        const reasons = text.split('\n').filter((line) => /^ {2}.*: exitcode [12]$/.test(line));
        const { breaches } = outcomeOf(checkRun, limits, problems);
        expect(reasons).toHaveLength(breaches.filter((b) => b.kind !== 'fail-on' || b.failOn !== 'fout').length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('swa check says which threshold made it fail', () => {
  const WARNING = 'test/fixtures/check/ondertekenaar-ontbreekt/afspraken.yaml';
  // A base file: what it leaves open is reported as info.
  const INFO_ONLY = 'examples/regio-voorbeeld/regio-waterland-zuid.yaml';

  it('--max-waarschuwingen 0 with one waarschuwing: ✖, "meer dan 0 waarschuwingen", exit 1', () => {
    const result = swa(['check', WARNING, '--max-waarschuwingen', '0', ...DATUM]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^✖ /m);
    expect(result.stdout).toMatch(/^ {2}meer dan 0 waarschuwingen \(1, --max-waarschuwingen 0\): exitcode 1$/m);
  });

  it('the same file without a limit passes with ✔ and exit 0, although it has a waarschuwing', () => {
    const result = swa(['check', WARNING, ...DATUM]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^✔ .*1 waarschuwing/m);
    expect(result.stdout).not.toContain('exitcode');
  });

  it('--fail-on info with only info findings: ✖ and the reason, exit 1; without it ✔ and exit 0', () => {
    const strict = swa(['check', INFO_ONLY, '--fail-on', 'info', ...DATUM]);
    const info = Number(/(\d+) info\./.exec(strict.stdout)![1]);
    expect(info).toBeGreaterThan(0);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/^✖ /m);
    expect(strict.stdout).toContain(`${info} meldingen (--fail-on info): exitcode 1`);
    const normal = swa(['check', INFO_ONLY, ...DATUM]);
    expect(normal.code).toBe(0);
    expect(normal.stdout).toMatch(/^✔ /m);
  });

  it('JUnit follows --fail-on: a waarschuwing is a failure with --fail-on waarschuwing only', () => {
    const failures = (...args: string[]): number =>
      Number(/<testsuites [^>]*failures="(\d+)"/.exec(swa(['check', WARNING, '--format', 'junit', ...args, ...DATUM]).stdout)![1]);
    expect(failures()).toBe(0);
    expect(failures('--fail-on', 'waarschuwing')).toBe(1);
    // The limit over the whole run is a test case of its own.
    expect(failures('--max-waarschuwingen', '0')).toBe(1);
  });

  it('a report that cannot be written shows in the summary on screen, exit 2', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'blok'), 'een bestand, geen map\n');
    const result = swa(['check', join(ROOT, WARNING), '--format', 'text', '--format', 'json:blok/rapport.json', ...DATUM], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/^✖ /m);
    expect(result.stdout).toContain('1 rapport niet geschreven: exitcode 2');
  });
});
