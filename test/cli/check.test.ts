import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { REPORT_FORMAT_USE, REPORT_FORMATS } from '../../src/report/index.js';
import { ROOT, swa, type CliResult } from '../helpers/cli.js';

const DATUM = ['--datum', '2026-11-23'];
const fixture = (name: string): string => `test/fixtures/check/${name}/afspraken.yaml`;
const COMPLEET = 'examples/voorbeeldstad.yaml';
const CONCEPT = 'examples/concept-middenwaard.yaml';
const ONDERDELEN = [
  'a',
  'b.i',
  'b.ii',
  'c',
  'd.i',
  'd.ii',
  'd.iii',
  'd.iv',
  'd.v',
  'e',
  'f',
  'g',
  'h',
  'i',
  'j',
  'voorwaarde.visie',
  'voorwaarde.aansluiting',
  'voorwaarde.evaluatie',
];

interface JsonFinding {
  rule: string;
  severity: string;
  onderdeel: string | null;
  message: string;
  file: string;
  line: number;
  column: number;
  path: unknown[];
}
interface JsonReport {
  tool: { name: string; version: string };
  today: string;
  summary: { files: number; findings: Record<string, number> };
  files: Array<{ file: string; readable: boolean; onderdelen: Record<string, string> | null; findings: JsonFinding[] }>;
}

function json(result: CliResult): JsonReport {
  return JSON.parse(result.stdout) as JsonReport;
}

/** No user-facing error ever shows a stack trace. */
function expectNoStackTrace(result: CliResult): void {
  expect(result.stderr).not.toContain('    at ');
  expect(result.stdout).not.toContain('    at ');
  expect(result.stderr).not.toMatch(/interne fout/);
}

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
});

const temp = mkdtempSync(join(tmpdir(), 'swa-cli-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('swa check: exit codes', () => {
  it('0 for a complete file', () => {
    const result = swa(['check', COMPLEET, ...DATUM]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expectNoStackTrace(result);
  });

  it('1 when a file has a fout', () => {
    const result = swa(['check', CONCEPT, ...DATUM]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(CONCEPT);
    expectNoStackTrace(result);
  });

  it('1 for a YAML syntax error, and the other files are still checked', () => {
    const result = swa(['check', fixture('tabs'), CONCEPT, '--format', 'json', ...DATUM]);
    expect(result.code).toBe(1);
    const report = json(result);
    // Files are reported in a stable, sorted order, whatever the order on the command line.
    expect(report.files.map((f) => f.file)).toEqual([CONCEPT, fixture('tabs')]);
    expect(report.files[1]!.findings.map((f) => f.rule)).toEqual(['yaml-syntax']);
    expect(report.files[0]!.findings.length).toBeGreaterThan(10);
  });

  it('2 for a missing file among existing ones, which are still checked', () => {
    const result = swa(['check', COMPLEET, 'bestaat-niet.yaml', CONCEPT, '--format', 'json', ...DATUM]);
    expect(result.code).toBe(2);
    expectNoStackTrace(result);
    const report = json(result);
    const missing = report.files.find((f) => f.file === 'bestaat-niet.yaml');
    expect(missing?.readable).toBe(false);
    expect(missing?.findings.map((f) => f.rule)).toEqual(['bestand-onleesbaar']);
    expect(missing!.findings[0]!.message).toMatch(/bestaat niet/);
    expect(report.files.find((f) => f.file === CONCEPT)?.findings.length).toBeGreaterThan(10);
    expect(report.files.find((f) => f.file === COMPLEET)?.findings).toEqual([]);
  });

  it('2 for a missing file in the text report too, naming the file', () => {
    const result = swa(['check', 'bestaat-niet.yaml', ...DATUM]);
    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).toContain('bestaat-niet.yaml');
    expectNoStackTrace(result);
  });

  it.each([
    ['an unknown option', ['check', COMPLEET, '--onbekend'], /onbekende optie/],
    ['an option typed in Dutch', ['render', COMPLEET, '--uit', 'documenten'], /onbekende optie '--uit'\. Bedoelde u --out\?/],
    ['a bad --fail-on', ['check', COMPLEET, '--fail-on', 'alles'], /fout, waarschuwing, info, nooit/],
    ['a --datum that does not exist', ['check', COMPLEET, '--datum', '2026-02-30'], /JJJJ-MM-DD/],
    ['a --datum in another form', ['check', COMPLEET, '--datum', '23-11-2026'], /JJJJ-MM-DD/],
    ['a bad --format', ['check', COMPLEET, '--format', 'xml'], /text/],
    ['no file at all', ['check'], /ontbreekt/],
    ['an unknown command', ['controleer', COMPLEET], /onbekende opdracht/],
  ])('2 for %s, with one Dutch line on stderr', (_, args, message) => {
    const result = swa(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/^swa: /);
    expect(result.stdout).toBe('');
    expectNoStackTrace(result);
  });
});

describe('swa check: --fail-on', () => {
  const waarschuwingOnly = fixture('ondertekenaar-ontbreekt');

  it('by default only a fout fails', () => {
    expect(swa(['check', waarschuwingOnly, ...DATUM]).code).toBe(0);
  });

  it('--fail-on waarschuwing fails on a waarschuwing', () => {
    expect(swa(['check', waarschuwingOnly, '--fail-on', 'waarschuwing', ...DATUM]).code).toBe(1);
  });

  it('--fail-on nooit never fails on findings, but still on a missing file', () => {
    expect(swa(['check', CONCEPT, '--fail-on', 'nooit', ...DATUM]).code).toBe(0);
    expect(swa(['check', CONCEPT, 'bestaat-niet.yaml', '--fail-on', 'nooit', ...DATUM]).code).toBe(2);
  });
});

describe('swa check --format json', () => {
  it('has the tool, the date, a summary and per file the status of all 18 onderdelen', () => {
    const result = swa(['check', CONCEPT, COMPLEET, '--format', 'json', ...DATUM]);
    const report = json(result);
    expect(report.tool.name).toBe('samenwerkingsafspraken');
    expect(report.today).toBe('2026-11-23');
    expect(report.summary.files).toBe(2);
    for (const file of report.files) {
      expect(Object.keys(file.onderdelen ?? {}).sort()).toEqual([...ONDERDELEN].sort());
      for (const status of Object.values(file.onderdelen ?? {})) expect(['compleet', 'onvolledig', 'ontbreekt']).toContain(status);
    }
    const concept = report.files.find((f) => f.file === CONCEPT)!;
    expect(concept.onderdelen).toMatchObject({ 'd.v': 'ontbreekt', e: 'ontbreekt', a: 'onvolledig', g: 'compleet', 'voorwaarde.visie': 'ontbreekt' });
    expect(report.summary.findings.fout).toBe(concept.findings.filter((f) => f.severity === 'fout').length);
  });

  it('gives every finding rule, severity, onderdeel, message, file, line, column and path', () => {
    const report = json(swa(['check', CONCEPT, '--format', 'json', ...DATUM]));
    for (const finding of report.files[0]!.findings) {
      expect(Object.keys(finding).sort()).toEqual(['column', 'file', 'line', 'message', 'onderdeel', 'path', 'rule', 'severity']);
      expect(finding.file).toBe(CONCEPT);
      expect(finding.line).toBeGreaterThan(0);
      expect(finding.onderdeel === null || ONDERDELEN.includes(finding.onderdeel)).toBe(true);
    }
  });

  it('gives onderdelen null for a file that is not agreements at all', () => {
    const report = json(swa(['check', fixture('lijst-in-plaats-van-map'), '--format', 'json', ...DATUM]));
    expect(report.files[0]!.onderdelen).toBeNull();
  });

  it('is the same document whatever today is, except where the date matters', () => {
    const before = json(swa(['check', fixture('compleet'), '--format', 'json', '--datum', '2027-01-15']));
    const after = json(swa(['check', fixture('compleet'), '--format', 'json', '--datum', '2027-01-16']));
    expect(before.files[0]!.findings).toEqual([]);
    expect(after.files[0]!.findings.map((f) => f.rule)).toEqual(['evaluatie-verlopen']);
  });
});

describe('swa check: input', () => {
  it('reads standard input for -', () => {
    const result = swa(['check', '-', '--format', 'json', ...DATUM], { input: 'schema_versie: 1\ngemeente: { naam: X, cbs_cod: GM0001 }\n' });
    const report = json(result);
    expect(report.files[0]!.file).toBe('<stdin>');
    expect(report.files[0]!.findings.find((f) => f.rule === 'schema-onbekende-sleutel')).toMatchObject({ line: 2, column: 22 });
  });

  // The findings of each of these are asserted in-process by test/core/fixtures.test.ts; here the built CLI runs them all at once.
  it('handles every bad-input fixture without a stack trace or an internal error', () => {
    const files = [
      'leeg',
      'alleen-commentaar',
      'lijst-in-plaats-van-map',
      'tabs',
      'dubbele-sleutel',
      'alias-bom',
      'alias-kring',
      'bom',
      'niet-utf8',
      'meerdere-documenten',
    ].map(fixture);
    const report = join(temp, 'bad-input.json');
    const result = swa(['check', ...files, '--format', 'text', '--format', `json:${report}`, ...DATUM]);
    expect(result.code).toBe(1);
    expectNoStackTrace(result);
    const checked = (JSON.parse(readFileSync(report, 'utf8')) as JsonReport).files;
    expect(checked.map((f) => f.file).sort()).toEqual([...files].sort());
    for (const file of checked) {
      // Each file on its own would fail too: it has a fout of its own, and a section in the text report.
      expect(file.readable, file.file).toBe(true);
      expect(
        file.findings.some((f) => f.severity === 'fout' && f.file === file.file),
        file.file,
      ).toBe(true);
      expect(result.stdout, file.file).toContain(file.file);
    }
  });

  it('refuses a 10 MB file with one finding', () => {
    const path = join(temp, 'groot.yaml');
    writeFileSync(path, `schema_versie: 1\n${'# opvulling\n'.repeat(900_000)}`);
    const result = swa(['check', path, '--format', 'json', ...DATUM]);
    expect(result.code).toBe(1);
    expect(json(result).files[0]!.findings.map((f) => f.rule)).toEqual(['bestand-te-groot']);
  });
});

describe('swa check --help', () => {
  it('says what each report format is for', () => {
    const result = swa(['check', '--help']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    for (const format of REPORT_FORMATS) {
      expect(
        lines.some((line) => line.trim().startsWith(`${format} `) && line.includes(REPORT_FORMAT_USE[format])),
        format,
      ).toBe(true);
    }
  });
});

describe('swa check: colours', () => {
  const ESC = '\u001b[';

  it('none when output is not a terminal', () => {
    expect(swa(['check', CONCEPT, ...DATUM], { env: { NO_COLOR: undefined } }).stdout).not.toContain(ESC);
  });

  it('with FORCE_COLOR', () => {
    expect(swa(['check', CONCEPT, ...DATUM], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout).toContain(ESC);
  });

  it('never with NO_COLOR, even with FORCE_COLOR', () => {
    expect(swa(['check', CONCEPT, ...DATUM], { env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
  });

  it('never in JSON', () => {
    expect(swa(['check', CONCEPT, '--format', 'json', ...DATUM], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout).not.toContain(ESC);
  });
});

describe('swa schema', () => {
  it('prints the bundled schema', () => {
    const result = swa(['schema']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).$id).toMatch(/samenwerkingsafspraken/);
  });
});
