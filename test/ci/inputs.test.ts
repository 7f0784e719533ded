import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_MATCHES } from '../../src/cli/inputs/expand.js';
import { readInput } from '../../src/cli/read-inputs.js';
import { swa } from '../helpers/cli.js';
import { COMPLETE, DATUM, DRAFT, workspace } from './workspace.js';

interface JsonReport {
  summary: { files: number; complete: number };
  files: Array<{ file: string; readable: boolean; findings: Array<{ rule: string; message: string }> }>;
}

function json(args: string[], cwd: string, input?: string): { code: number | null; report: JsonReport | undefined; stderr: string } {
  const result = swa(['check', ...args, '--format', 'json', ...DATUM], { cwd, input });
  return { code: result.code, report: result.stdout ? (JSON.parse(result.stdout) as JsonReport) : undefined, stderr: result.stderr };
}

describe('swa check on many files', () => {
  let dir: string;
  beforeAll(() => {
    dir = workspace();
    mkdirSync(join(dir, 'regio/noord'), { recursive: true });
    mkdirSync(join(dir, 'regio/zuid'), { recursive: true });
    writeFileSync(join(dir, 'regio/noord/b.yaml'), COMPLETE);
    writeFileSync(join(dir, 'regio/noord/a.yml'), DRAFT);
    writeFileSync(join(dir, 'regio/zuid/c.yaml'), COMPLETE);
    writeFileSync(join(dir, 'regio/zuid/notities.txt'), 'geen yaml');
    mkdirSync(join(dir, 'leeg'));
    writeFileSync(join(dir, 'leeg/LEESMIJ.md'), '# leeg');
  });

  it('expands directories to their YAML files, in a stable sorted order', () => {
    const { code, report } = json(['regio'], dir);
    expect(code).toBe(1);
    expect(report!.files.map((f) => f.file)).toEqual(['regio/noord/a.yml', 'regio/noord/b.yaml', 'regio/zuid/c.yaml']);
  });

  it('expands quoted globs itself and checks every file once, whatever the order of the arguments', () => {
    const one = json(['regio/zuid/c.yaml', 'regio/**/*.yaml', 'regio/noord', './regio/noord/b.yaml'], dir).report!;
    const two = json(['regio/noord', 'regio/**/*.yaml', 'regio/zuid/c.yaml'], dir).report!;
    expect(one.files.map((f) => f.file)).toEqual(['regio/noord/a.yml', 'regio/noord/b.yaml', 'regio/zuid/c.yaml']);
    expect(two.files.map((f) => f.file)).toEqual(one.files.map((f) => f.file));
  });

  it('a pattern that matches nothing is a usage error with a Dutch message', () => {
    const result = swa(['check', 'regio/**/*.json', ...DATUM], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('past op geen enkel bestand');
    expect(result.stdout).toBe('');
  });

  it('a directory without YAML files is reported, and the other arguments are still checked (exit 2)', () => {
    const { code, report, stderr } = json(['leeg', 'regio/zuid'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('In de map leeg staan geen YAML-bestanden');
    expect(report!.files.map((f) => f.file)).toEqual(['regio/zuid/c.yaml']);
  });

  it('a missing file and a directory given as file are findings of their own; the rest is checked', () => {
    const { code, report } = json(['regio/zuid/c.yaml', 'bestaat-niet.yaml'], dir);
    expect(code).toBe(2);
    const missing = report!.files.find((f) => f.file === 'bestaat-niet.yaml')!;
    expect(missing.readable).toBe(false);
    expect(missing.findings[0]!.message).toContain('bestaat niet');
    expect(report!.files.find((f) => f.file === 'regio/zuid/c.yaml')!.readable).toBe(true);
  });

  it('a file that is not a regular file (a pipe) is reported, not waited for', () => {
    const fifo = join(dir, 'pijp.yaml');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      return; // no mkfifo on this system
    }
    const { code, report } = json(['pijp.yaml', 'regio/zuid/c.yaml'], dir);
    expect(code).toBe(2);
    expect(report!.files.find((f) => f.file === 'pijp.yaml')!.findings[0]!.message).toContain('geen gewoon bestand');
  });

  it('reads one file from standard input with -', () => {
    const { code, report } = json(['-'], dir, COMPLETE);
    expect(code).toBe(0);
    expect(report!.files.map((f) => f.file)).toEqual(['<stdin>']);
  });
});

describe('bad input around many files', () => {
  it('symlink loops: a looping path is a finding, a loop inside a directory yields no duplicates', () => {
    const dir = workspace();
    mkdirSync(join(dir, 'regio/a'), { recursive: true });
    writeFileSync(join(dir, 'regio/a/x.yaml'), COMPLETE);
    symlinkSync('..', join(dir, 'regio/a/terug'));
    symlinkSync('kring.yaml', join(dir, 'kring.yaml'));
    const { code, report } = json(['regio', 'kring.yaml'], dir);
    expect(code).toBe(2);
    expect(report!.files.map((f) => f.file)).toEqual(['kring.yaml', 'regio/a/x.yaml']);
    expect(report!.files[0]!.findings[0]!.message).toContain('kring van snelkoppelingen');
  });

  it(`a pattern with more than ${MAX_MATCHES} matches is refused with a message; the other files are still checked`, () => {
    const dir = workspace();
    mkdirSync(join(dir, 'veel'));
    for (let i = 0; i < 10_000; i += 1) writeFileSync(join(dir, 'veel', `f${i}.yaml`), 'x: 1\n');
    writeFileSync(join(dir, 'echt.yaml'), COMPLETE);
    const { code, report, stderr } = json(['veel/*.yaml', 'echt.yaml'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('10000 bestanden');
    expect(report!.files.map((f) => f.file)).toEqual(['echt.yaml']);
  });

  it('a file deleted between finding and reading it gets its own message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'swa-ci-'));
    const read = await readInput({ display: 'weg.yaml', absolute: join(dir, 'weg.yaml'), discovered: true }, process.stdin);
    expect('problem' in read && read.problem.message).toContain('verdwenen');
    expect('problem' in read && read.unreadable).toBe(true);
  });
});
