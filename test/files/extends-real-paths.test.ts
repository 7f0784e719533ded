import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, swa } from '../helpers/cli.js';

const DATUM = ['--datum', '2026-11-23'];
const BASE = 'schema_versie: 1\nbasis: true\nvisie:\n  documenten:\n    - titel: GEHEIM-BUITEN\n';

/**
 * A repository (with .git) inside a scratch directory that also holds a file outside it, and a
 * gemeente file (the bundled draft) whose line 6 reads `extends: <extendsTo>`.
 */
function repository(extendsTo: string): { outside: string; repo: string } {
  const outside = mkdtempSync(join(tmpdir(), 'swa-echt-pad-'));
  const repo = join(outside, 'repo');
  mkdirSync(join(repo, '.git'), { recursive: true });
  mkdirSync(join(repo, 'gemeenten'));
  writeFileSync(join(outside, 'buiten.yaml'), BASE);
  const draft = readFileSync(join(ROOT, 'examples/concept-middenwaard.yaml'), 'utf8');
  writeFileSync(join(repo, 'gemeenten', 'g.yaml'), draft.replace(/^schema_versie: 1$/m, `schema_versie: 1\nextends: ${extendsTo}`));
  return { outside, repo };
}

function findings(result: { stdout: string }): Array<{ rule: string; line: number; column: number; message: string }> {
  return JSON.parse(result.stdout).files[0].findings;
}

describe('extends is checked on the real path', () => {
  it('a base that is a symlink out of the repository is refused like ../ is, at the line of extends', () => {
    const { repo } = repository('../regio.yaml');
    symlinkSync('../buiten.yaml', join(repo, 'regio.yaml'));
    const result = swa(['check', 'gemeenten/g.yaml', '--format', 'json', ...DATUM], { cwd: repo });
    expect(result.code).toBe(1);
    const extendsFindings = findings(result).filter((f) => f.rule.startsWith('extends-'));
    expect(extendsFindings.map((f) => [f.rule, f.line, f.column])).toEqual([['extends-buiten-repository', 6, 10]]);
    expect(extendsFindings[0]!.message).toContain('snelkoppeling');
  });

  it('the outside text never reaches a document: render refuses the file', () => {
    const { repo } = repository('../regio.yaml');
    symlinkSync('../buiten.yaml', join(repo, 'regio.yaml'));
    const result = swa(['render', 'gemeenten/g.yaml', '--out', 'uit', ...DATUM], { cwd: repo });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('extends-buiten-repository');
    expect(existsSync(join(repo, 'uit'))).toBe(false);
  });

  it('a directory symlinked out of the repository is refused too', () => {
    const { outside, repo } = repository('../gedeeld/buiten.yaml');
    symlinkSync(outside, join(repo, 'gedeeld'));
    const result = swa(['check', 'gemeenten/g.yaml', '--format', 'json', ...DATUM], { cwd: repo });
    expect(
      findings(result)
        .filter((f) => f.rule.startsWith('extends-'))
        .map((f) => f.rule),
    ).toEqual(['extends-buiten-repository']);
  });

  it('a symlink that stays inside the repository is an ordinary base', () => {
    const { repo } = repository('../regio.yaml');
    mkdirSync(join(repo, 'basis'));
    writeFileSync(join(repo, 'basis', 'echt.yaml'), BASE);
    symlinkSync('basis/echt.yaml', join(repo, 'regio.yaml'));
    const result = swa(['check', 'gemeenten/g.yaml', '--format', 'json', ...DATUM], { cwd: repo });
    expect(findings(result).filter((f) => f.rule.startsWith('extends-'))).toEqual([]);
  });

  for (const [name, make] of [
    ['/dev/zero', (link: string) => symlinkSync('/dev/zero', link)],
    ['/dev/stdin', (link: string) => symlinkSync('/dev/stdin', link)],
    [
      'a named pipe in the repository',
      (link: string) => {
        execFileSync('mkfifo', [`${link}.fifo`]);
        symlinkSync(`${link}.fifo`, link);
      },
    ],
  ] as const) {
    it(`a base that is a symlink to ${name} gives a finding at once instead of hanging`, () => {
      const { repo } = repository('../regio.yaml');
      make(join(repo, 'regio.yaml'));
      const result = swa(['check', 'gemeenten/g.yaml', '--format', 'json', ...DATUM], { cwd: repo, input: '' });
      expect(result.code).toBe(1);
      const rules = findings(result)
        .filter((f) => f.rule.startsWith('extends-'))
        .map((f) => f.rule);
      expect(rules).toEqual([name.startsWith('/dev') ? 'extends-buiten-repository' : 'extends-niet-gevonden']);
    });
  }
});
