import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, swa, type CliResult } from '../helpers/cli.js';

const DATUM = ['--datum', '2026-11-23'];
const FIXTURES = join(ROOT, 'test/fixtures/check');
/** Fixture cases whose broken file `swa check --herstel` corrects to their `bedoeld.yaml`. */
const CASES = [
  'inspringing-tab',
  'inspringing-gemengd',
  'tekst-afgebroken',
  'dubbele-punt-in-tekst',
  'dubbele-punt-eigen-tekst',
  'spatie-na-dubbele-punt',
  'gekrulde-enkele-aanhalingstekens',
];

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
});

const temp = mkdtempSync(join(tmpdir(), 'swa-herstel-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
let counter = 0;

/** A fresh folder with the broken file of each case, named after the case. */
function workspace(cases: readonly string[]): string {
  const dir = join(temp, `w${++counter}`);
  mkdirSync(dir);
  for (const name of cases) copyFileSync(join(FIXTURES, name, 'afspraken.yaml'), join(dir, `${name}.yaml`));
  return dir;
}

const intended = (name: string): unknown => parse(readFileSync(join(FIXTURES, name, existsBedoeld(name) ? 'bedoeld.yaml' : 'afspraken.yaml'), 'utf8'));
const existsBedoeld = (name: string): boolean => {
  try {
    statSync(join(FIXTURES, name, 'bedoeld.yaml'));
    return true;
  } catch {
    return false;
  }
};

function expectNoStackTrace(result: CliResult): void {
  expect(result.stderr).not.toContain('    at ');
  expect(result.stderr).not.toMatch(/interne fout/);
}

describe('swa check --herstel', () => {
  it('corrects several files in one run to the data that was meant, then checks them', () => {
    const dir = workspace(CASES);
    const result = swa(['check', ...CASES.map((name) => `${name}.yaml`), '--herstel', ...DATUM], { cwd: dir });
    expectNoStackTrace(result);
    for (const name of CASES) expect(parse(readFileSync(join(dir, `${name}.yaml`), 'utf8')), name).toEqual(intended(name));
    expect(result.stderr).toContain(`swa: ${CASES.length} bestanden hersteld.`);
    expect(result.stderr).toMatch(/inspringing-tab\.yaml: 1 herstelling\n {2}38:1 {2}inspringing met een tab vervangen door 6 spaties/);
    // The check that follows sees the corrected files: no YAML errors are left.
    // (dubbele-punt-in-tekst is an older, shorter file: it still lacks a looptijd and evaluatie.wie, the 2 errors, so the exit code is 1.)
    expect(result.stdout).not.toContain('yaml-syntax');
    expect(result.stdout).toMatch(/7 bestanden gecontroleerd, \d+ compleet: 2 fouten/);
    expect(result.code).toBe(1);

    const again = swa(['check', ...CASES.map((name) => `${name}.yaml`), '--fix', ...DATUM], { cwd: dir });
    expect(again.stderr).toContain('swa: niets te herstellen.');
    expect(again.code).toBe(1);
  });

  it('keeps the permissions of a corrected file', () => {
    const dir = workspace(['inspringing-tab']);
    const file = join(dir, 'inspringing-tab.yaml');
    chmodSync(file, 0o640);
    swa(['check', file, '--herstel', ...DATUM]);
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  it('--toon shows a diff and writes nothing; exit 1 when there is something to correct, 0 when not', () => {
    const dir = workspace(['inspringing-tab', 'tekst-afgebroken']);
    const before = readFileSync(join(dir, 'inspringing-tab.yaml'), 'utf8');
    const result = swa(['check', '--herstel', '--toon', 'inspringing-tab.yaml', 'tekst-afgebroken.yaml'], { cwd: dir });
    expectNoStackTrace(result);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('--- inspringing-tab.yaml\n+++ inspringing-tab.yaml\n');
    // The tab is shown as \t, so the reader sees what changes.
    expect(result.stdout).toContain('-\\twanneer: Bij elk vermoeden');
    expect(result.stdout).toContain('+      wanneer: Bij elk vermoeden');
    expect(result.stdout).toContain('+    zicht_op_directe_veiligheid: "Nieuwe zorgen worden dezelfde dag besproken #directeveiligheid, zie bijlage 2."');
    expect(readFileSync(join(dir, 'inspringing-tab.yaml'), 'utf8')).toBe(before);

    const clean = swa(['check', '--herstel', '--toon', join(FIXTURES, 'compleet/afspraken.yaml')]);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toBe('');
  });

  it('standard input is not corrected in place (exit 2, a Dutch reason), but --toon shows its diff', () => {
    const text = readFileSync(join(FIXTURES, 'inspringing-tab/afspraken.yaml'));
    const result = swa(['check', '-', '--herstel', ...DATUM], { input: text });
    expectNoStackTrace(result);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('standaardinvoer (-) kan niet ter plekke worden hersteld');
    const shown = swa(['check', '-', '--herstel', '--toon'], { input: text });
    expect(shown.code).toBe(1);
    expect(shown.stdout).toContain('+++ <stdin>');
  });

  it('never writes through a symlink: the link is refused (exit 2) and its target stays as it was', () => {
    const dir = workspace(['inspringing-tab']);
    const target = join(dir, 'inspringing-tab.yaml');
    const before = readFileSync(target);
    symlinkSync(target, join(dir, 'link.yaml'));
    const result = swa(['check', 'link.yaml', '--herstel', ...DATUM], { cwd: dir });
    expectNoStackTrace(result);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('link.yaml is niet hersteld: dit is een snelkoppeling (symlink)');
    expect(readFileSync(target)).toEqual(before);
  });

  it('corrects only the files named, not the base file reached through extends', () => {
    const dir = workspace([]);
    writeFileSync(join(dir, 'regio.yaml'), 'schema_versie: 1\nbasis: true\ndocument:\n  versie: 1.0\n');
    writeFileSync(
      join(dir, 'gemeente.yaml'),
      'schema_versie: 1\nextends: regio.yaml\ngemeente:\n  naam: Toetsdorp\n  cbs_code: GM9990\ndocument:\n  datum: 1 maart 2025\n',
    );
    const base = readFileSync(join(dir, 'regio.yaml'), 'utf8');
    swa(['check', 'gemeente.yaml', '--herstel', ...DATUM], { cwd: dir });
    expect(readFileSync(join(dir, 'gemeente.yaml'), 'utf8')).toContain('  datum: 2025-03-01\n');
    expect(readFileSync(join(dir, 'regio.yaml'), 'utf8')).toBe(base);
  });

  it('--toon without --herstel is a usage error', () => {
    const result = swa(['check', '--toon', join(FIXTURES, 'compleet/afspraken.yaml')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--toon hoort bij --herstel');
  });
});
