import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { swa } from '../helpers/cli.js';
import { COMPLETE, DATUM, DRAFT, workspace } from './workspace.js';

describe('reports to files and several at once', () => {
  it('writes each format to its own destination in one run, text still on stdout', () => {
    const dir = workspace(true);
    const result = swa(
      ['check', 'gemeenten', '--format', 'text', '--format', 'sarif:rapporten/swa.sarif', '--format', 'junit:swa.xml', '--format', 'gitlab:cq.json', ...DATUM],
      { cwd: dir },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('2 bestanden gecontroleerd, 2 compleet');
    expect(JSON.parse(readFileSync(join(dir, 'rapporten/swa.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(XMLValidator.validate(readFileSync(join(dir, 'swa.xml'), 'utf8'))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'cq.json'), 'utf8'))).toEqual([]);
  });

  it('--output writes the report to a file and replaces an older report', () => {
    const dir = workspace(true);
    writeFileSync(join(dir, 'rapport.json'), 'oud');
    const result = swa(['check', 'gemeenten', '--format', 'json', '--output', 'rapport.json', ...DATUM], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'rapport.json'), 'utf8')).summary.files).toBe(2);
  });

  it('an unwritable --output path: Dutch message, exit 2, no partial file, other reports still written', () => {
    const dir = workspace(true);
    writeFileSync(join(dir, 'geen-map'), 'een bestand, geen map');
    const result = swa(['check', 'gemeenten', '--format', 'sarif:geen-map/swa.sarif', '--format', 'junit:swa.xml', ...DATUM], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/swa: het rapport \(sarif\) is niet geschreven: .*geen-map/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'swa.xml'))).toBe(true);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses to write a report over a file that is being checked', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'a.yaml'), COMPLETE);
    const result = swa(['check', 'a.yaml', '--format', 'json', '--output', 'a.yaml', ...DATUM], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('overschrijven');
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(COMPLETE);
  });

  it('--output with two formats without their own file is a usage error', () => {
    const dir = workspace(true);
    const result = swa(['check', 'gemeenten', '--format', 'json', '--format', 'sarif', '--output', 'x', ...DATUM], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--output geldt voor één formaat');
  });

  it('an unknown format is a usage error that lists the formats', () => {
    const result = swa(['check', 'x.yaml', '--format', 'pdf']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('text, json, junit, sarif, github, gitlab');
  });
});

describe('inside GitHub Actions', () => {
  const env = { GITHUB_ACTIONS: 'true' };

  it('adds annotations to the log without being asked', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'concept.yaml'), DRAFT);
    const result = swa(['check', 'concept.yaml', ...DATUM], { cwd: dir, env });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error file=concept\.yaml,line=\d+,col=\d+,title=/m);
    expect(result.stdout).toContain('gecontroleerd');
  });

  it('keeps stdout clean for a machine format: annotations go to stderr', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'concept.yaml'), DRAFT);
    const result = swa(['check', 'concept.yaml', '--format', 'json', ...DATUM], { cwd: dir, env });
    expect(JSON.parse(result.stdout).summary.files).toBe(1);
    expect(result.stderr).toMatch(/^::error file=concept\.yaml/m);
  });

  it('annotates paths relative to GITHUB_WORKSPACE', () => {
    const dir = workspace();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub/concept.yaml'), DRAFT);
    const result = swa(['check', 'concept.yaml', '--format', 'github', ...DATUM], { cwd: join(dir, 'sub'), env: { GITHUB_WORKSPACE: dir } });
    expect(result.stdout).toMatch(/^::error file=sub\/concept\.yaml,/m);
  });
});

describe('exit codes', () => {
  const dir = workspace();
  writeFileSync(join(dir, 'concept.yaml'), DRAFT);
  writeFileSync(join(dir, 'compleet.yaml'), COMPLETE);
  const warningsOnly = COMPLETE.replace(/\n {4}ondertekenaar:\n(?: {6}.*\n)+/, '\n');
  writeFileSync(join(dir, 'waarschuwing.yaml'), warningsOnly);
  const run = (...args: string[]): number | null => swa(['check', ...args, ...DATUM], { cwd: dir }).code;

  it('0 without findings, 1 with a fout', () => {
    expect(run('compleet.yaml')).toBe(0);
    expect(run('concept.yaml')).toBe(1);
  });

  it('--fail-on moves the threshold; nooit never fails on findings', () => {
    expect(warningsOnly).not.toBe(COMPLETE);
    expect(run('waarschuwing.yaml')).toBe(0);
    expect(run('waarschuwing.yaml', '--fail-on', 'waarschuwing')).toBe(1);
    expect(run('concept.yaml', '--fail-on', 'nooit')).toBe(0);
  });

  it('--max-waarschuwingen fails above the given number', () => {
    expect(run('waarschuwing.yaml', '--max-waarschuwingen', '0')).toBe(1);
    expect(run('waarschuwing.yaml', '--max-waarschuwingen', '100')).toBe(0);
  });
});
