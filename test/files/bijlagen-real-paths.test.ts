import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, swa } from '../helpers/cli.js';

const DATUM = ['--datum', '2026-11-23'];

/**
 * A repository (with .git) in a scratch directory that also holds a file outside it; the complete
 * fixture lies in gemeenten/g.yaml with one bijlage whose `bestand` is the given path.
 */
function repository(bestand: string): { outside: string; repo: string; line: number } {
  const outside = mkdtempSync(join(tmpdir(), 'swa-bijlage-'));
  const repo = join(outside, 'repo');
  mkdirSync(join(repo, '.git'), { recursive: true });
  mkdirSync(join(repo, 'gemeenten', 'bijlagen'), { recursive: true });
  writeFileSync(join(outside, 'geheim.pdf'), 'GEHEIM-BUITEN');
  writeFileSync(join(repo, 'gemeenten', 'bijlagen', 'overdracht.pdf'), '%PDF-1.4');
  const compleet = readFileSync(join(ROOT, 'test/fixtures/check/compleet/afspraken.yaml'), 'utf8').trimEnd();
  const text = `${compleet}\nbijlagen:\n  - titel: Overdrachtsformulier\n    bestand: ${bestand}\n`;
  writeFileSync(join(repo, 'gemeenten', 'g.yaml'), text);
  return { outside, repo, line: text.split('\n').length - 1 };
}

function bijlageFindings(result: { stdout: string }): Array<{ rule: string; line: number; column: number; message: string }> {
  return JSON.parse(result.stdout).files[0].findings.filter((f: { rule: string }) => f.rule.startsWith('bijlage-'));
}

function check(repo: string): ReturnType<typeof swa> {
  return swa(['check', 'gemeenten/g.yaml', '--format', 'json', ...DATUM], { cwd: repo });
}

describe('a bijlage that names a file is checked on its real path inside the repository', () => {
  it('a file that is there, read from the directory of the agreements file, gives no finding', () => {
    const { repo } = repository('bijlagen/overdracht.pdf');
    const result = check(repo);
    expect(bijlageFindings(result)).toEqual([]);
    expect(result.code).toBe(0);
  });

  it('a file that is not there is a fout at the value of `bestand`, naming the path it looked for', () => {
    const { repo, line } = repository('bijlagen/bestaat-niet.pdf');
    const result = check(repo);
    expect(result.code).toBe(1);
    const found = bijlageFindings(result);
    expect(found.map((f) => [f.rule, f.line, f.column])).toEqual([['bijlage-niet-gevonden', line, 14]]);
    expect(found[0]!.message).toContain('gemeenten/bijlagen/bestaat-niet.pdf');
    expect(found[0]!.message).toContain('bestaat niet');
  });

  it.each([
    ['../../geheim.pdf', 'buiten de map van dit project'],
    ['/etc/passwd', 'volledig pad'],
  ])('%s is refused as outside the repository without looking at it', (bestand, says) => {
    const { repo } = repository(bestand);
    const found = bijlageFindings(check(repo));
    expect(found.map((f) => f.rule)).toEqual(['bijlage-buiten-repository']);
    expect(found[0]!.message).toContain(says);
  });

  it('a symlink inside the repository that leads outside it is refused like ../ is', () => {
    const { repo } = repository('bijlagen/link.pdf');
    symlinkSync('../../../geheim.pdf', join(repo, 'gemeenten', 'bijlagen', 'link.pdf'));
    const found = bijlageFindings(check(repo));
    expect(found.map((f) => f.rule)).toEqual(['bijlage-buiten-repository']);
    expect(found[0]!.message).toContain('snelkoppeling');
  });

  it('a directory symlinked out of the repository is refused too', () => {
    const { outside, repo } = repository('gedeeld/geheim.pdf');
    symlinkSync(outside, join(repo, 'gemeenten', 'gedeeld'));
    expect(bijlageFindings(check(repo)).map((f) => f.rule)).toEqual(['bijlage-buiten-repository']);
  });

  it('a directory, a pipe or a web address is no file', () => {
    for (const [bestand, says] of [
      ['bijlagen', 'map'],
      ['bijlagen/pijp', 'geen gewoon bestand'],
      ['https://example.org/x.pdf', 'webadres'],
    ] as const) {
      const { repo } = repository(bestand);
      if (bestand === 'bijlagen/pijp') execFileSync('mkfifo', [join(repo, 'gemeenten', 'bijlagen', 'pijp')]);
      const found = bijlageFindings(check(repo));
      expect(
        found.map((f) => f.rule),
        bestand,
      ).toEqual(['bijlage-niet-gevonden']);
      expect(found[0]!.message, bestand).toContain(says);
    }
  });
});
