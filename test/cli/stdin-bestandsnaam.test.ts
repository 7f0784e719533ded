// `swa check - --stdin-bestandsnaam <pad>`: standard input is checked as the file it names — extends
// followed from that file's directory, findings naming that path — with the same repository
// boundary on real paths as a file on disk (SECURITY.md).
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, swa } from '../helpers/cli.js';

const DATUM = ['--datum', '2026-11-23'];

/** The example region as a repository of its own (with .git), inside a scratch directory. */
function region(): { outside: string; repo: string } {
  const outside = mkdtempSync(join(tmpdir(), 'swa-stdin-'));
  const repo = join(outside, 'regio');
  mkdirSync(join(repo, '.git'), { recursive: true });
  cpSync(join(ROOT, 'examples/regio-voorbeeld'), repo, { recursive: true });
  return { outside, repo };
}

type Report = {
  files: Array<{ file: string; findings: Array<{ file: string; rule: string; line: number; column: number }>; onderdelen: unknown }>;
  outcome: { exitCode: number };
};
const json = (stdout: string): Report => JSON.parse(stdout) as Report;

describe('swa check - --stdin-bestandsnaam', () => {
  const { repo } = region();
  // A gemeente with findings of its own and one in the shared base, so names and lines are compared too.
  const changed = readFileSync(join(repo, 'gemeenten/waterstad.yaml'), 'utf8').replace(/^(\s+naam: ).*$/m, '$1TODO');
  writeFileSync(join(repo, 'gemeenten/gewijzigd.yaml'), changed);
  writeFileSync(
    join(repo, 'regio-waterland-zuid.yaml'),
    readFileSync(join(repo, 'regio-waterland-zuid.yaml'), 'utf8').replace(/termijn: .*/, 'termijn: TODO nog afstemmen'),
  );

  it.each(readdirSync(join(repo, 'gemeenten')))('gives for %s exactly the report of the file on disk', (name) => {
    const path = `gemeenten/${name}`;
    const onDisk = swa(['check', path, '--format', 'json', ...DATUM], { cwd: repo });
    const piped = swa(['check', '-', '--stdin-bestandsnaam', path, '--format', 'json', ...DATUM], { cwd: repo, input: readFileSync(join(repo, path)) });
    expect(piped.code).toBe(onDisk.code);
    expect(json(piped.stdout).files).toEqual(json(onDisk.stdout).files);
    expect(json(piped.stdout).files[0]!.file).toBe(path);
  });

  it('names the path in the text report, with the base file for a finding that lies there', () => {
    const result = swa(['check', '-', '--stdin-bestandsnaam', 'gemeenten/gewijzigd.yaml', ...DATUM], { cwd: repo, input: changed });
    expect(result.stdout.split('\n')[0]).toBe('gemeenten/gewijzigd.yaml');
    expect(result.stdout).toContain('regio-waterland-zuid.yaml:');
    expect(result.stdout).not.toContain('<stdin>');
  });

  it('resolves a relative name from the current directory', () => {
    const result = swa(['check', '-', '--stdin-bestandsnaam', 'waterstad.yaml', '--format', 'json', ...DATUM], {
      cwd: join(repo, 'gemeenten'),
      input: readFileSync(join(repo, 'gemeenten/waterstad.yaml')),
    });
    const { findings } = json(result.stdout).files[0]!;
    expect(findings.map((f) => f.rule)).not.toContain('extends-buiten-repository');
    // The TODO in the shared base is found through extends, named as seen from here.
    expect(findings.map((f) => f.file)).toContain('../regio-waterland-zuid.yaml');
  });

  it('without it, standard input stands in the current directory: extends ../ leaves the repository', () => {
    const result = swa(['check', '-', '--format', 'json', ...DATUM], { cwd: repo, input: readFileSync(join(repo, 'gemeenten/waterstad.yaml')) });
    expect(json(result.stdout).files[0]!.findings.map((f) => f.rule)).toContain('extends-buiten-repository');
  });

  it('refuses a report that would replace the named file', () => {
    const result = swa(['check', '-', '--stdin-bestandsnaam', 'gemeenten/waterstad.yaml', '--format', 'json:gemeenten/waterstad.yaml', ...DATUM], {
      cwd: repo,
      input: readFileSync(join(repo, 'gemeenten/waterstad.yaml')),
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('overschrijven');
    expect(readFileSync(join(repo, 'gemeenten/waterstad.yaml'), 'utf8')).toContain('extends:');
  });

  it("is a usage error without -, or with an empty name (exit 2, one Dutch line, the command's help)", () => {
    const noStdin = swa(['check', 'gemeenten/waterstad.yaml', '--stdin-bestandsnaam', 'x.yaml'], { cwd: repo });
    expect(noStdin.code).toBe(2);
    expect(noStdin.stderr).toMatch(/^swa: --stdin-bestandsnaam .* Geef - als bestand/);
    const empty = swa(['check', '-', '--stdin-bestandsnaam', ''], { cwd: repo, input: '' });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('swa check --help');
  });
});

describe('the repository boundary still holds for a named standard input', () => {
  const gemeente = (extendsTo: string): string =>
    readFileSync(join(ROOT, 'examples/regio-voorbeeld/gemeenten/waterstad.yaml'), 'utf8').replace(/^extends: .*$/m, `extends: ${extendsTo}`);
  const BUITEN = 'schema_versie: 1\nbasis: true\nvisie:\n  documenten:\n    - titel: GEHEIM-BUITEN\n';

  it('extends ../ out of the repository is refused', () => {
    const { outside, repo } = region();
    writeFileSync(join(outside, 'buiten.yaml'), BUITEN);
    const result = swa(['check', '-', '--stdin-bestandsnaam', 'gemeenten/x.yaml', '--format', 'json', ...DATUM], {
      cwd: repo,
      input: gemeente('../../buiten.yaml'),
    });
    expect(json(result.stdout).files[0]!.findings.map((f) => f.rule)).toContain('extends-buiten-repository');
    expect(result.stdout).not.toContain('GEHEIM-BUITEN');
  });

  it('a base inside the repository that is a symlink to a file outside it is refused', () => {
    const { outside, repo } = region();
    writeFileSync(join(outside, 'buiten.yaml'), BUITEN);
    symlinkSync('../buiten.yaml', join(repo, 'link.yaml'));
    const result = swa(['check', '-', '--stdin-bestandsnaam', 'gemeenten/x.yaml', '--format', 'json', ...DATUM], {
      cwd: repo,
      input: gemeente('../link.yaml'),
    });
    expect(json(result.stdout).files[0]!.findings.map((f) => f.rule)).toContain('extends-buiten-repository');
    expect(result.stdout).not.toContain('GEHEIM-BUITEN');
  });

  it('a name outside the repository gets the boundary of where it points, as a file there would', () => {
    const { outside, repo } = region();
    writeFileSync(join(outside, 'buiten.yaml'), BUITEN);
    // Named as a file in the scratch directory, next to buiten.yaml: that directory has no .git and
    // is not below the current directory, so the file's own directory is the boundary.
    const named = swa(['check', '-', '--stdin-bestandsnaam', join(outside, 'x.yaml'), '--format', 'json', ...DATUM], {
      cwd: repo,
      input: gemeente('../buiten.yaml'),
    });
    const onDisk = join(outside, 'x.yaml');
    writeFileSync(onDisk, gemeente('../buiten.yaml'));
    const real = swa(['check', onDisk, '--format', 'json', ...DATUM], { cwd: repo });
    expect(json(named.stdout).files).toEqual(json(real.stdout).files);
    expect(json(named.stdout).files[0]!.findings.map((f) => f.rule)).toContain('extends-buiten-repository');
  });
});
