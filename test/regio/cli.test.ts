import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { swa } from '../helpers/cli.js';

interface JsonReport {
  files: Array<{ file: string; onderdelen: Record<string, string> | null; findings: Array<{ rule: string; file: string; line: number; severity: string }> }>;
}

const GEMEENTEN = 'examples/regio-voorbeeld/gemeenten';
const BASIS = 'examples/regio-voorbeeld/regio-waterland-zuid.yaml';

describe('swa check with extends (built CLI)', () => {
  it('the complete example gemeente passes: everything regional comes from the base', () => {
    const result = swa(['check', `${GEMEENTEN}/waterstad.yaml`, '--datum', '2026-11-23']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('the base file alone passes: its gaps are info for the gemeenten to fill', () => {
    const result = swa(['check', BASIS, '--datum', '2026-11-23', '--format', 'json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.files[0]!.findings.length).toBeGreaterThan(0);
    expect(report.files[0]!.findings.every((f) => f.severity === 'info')).toBe(true);
  });

  it('the incomplete example gemeenten fail with exit 1', () => {
    const result = swa(['check', `${GEMEENTEN}/zuiderpolder.yaml`, `${GEMEENTEN}/oosterdijk.yaml`, '--datum', '2026-11-23']);
    expect(result.code).toBe(1);
  });

  it('a gap inherited from the base (the gemeente lacks the parent key) is reported at the base in text, JSON and SARIF, and called inherited', () => {
    const dir = mkdtempSync(join(tmpdir(), 'swa-geerfd-'));
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'gemeenten'));
    writeFileSync(
      join(dir, 'regio.yaml'),
      'schema_versie: 1\nbasis: true\nafspraken:\n  d_betrokkenheid:\n    informatieoverdracht: Veilig Thuis stuurt het verslag binnen 5 werkdagen.\n',
    );
    writeFileSync(join(dir, 'gemeenten/g.yaml'), 'schema_versie: 1\nextends: ../regio.yaml\ngemeente:\n  naam: G\n');
    const args = ['check', 'gemeenten/g.yaml', '--datum', '2026-11-23'];
    const text = swa(args, { cwd: dir })
      .stdout.split('\n')
      .find((line) => /\sd\.iii\s/.test(line))!;
    expect(text).toMatch(
      /^\s+regio\.yaml:4:3\s+fout\s+d\.iii\s.*\(Geërfd uit het basisbestand: vul het daar aan voor alle gemeenten, of zet het in g\.yaml\.\)/,
    );
    const json = (JSON.parse(swa([...args, '--format', 'json'], { cwd: dir }).stdout) as JsonReport).files[0]!.findings.find(
      (f) => f.rule === 'onderdeel-ontbreekt' && (f as { onderdeel?: string }).onderdeel === 'd.iii',
    );
    expect(json).toMatchObject({ file: 'regio.yaml', line: 4 });
    const sarif = JSON.parse(swa([...args, '--format', 'sarif'], { cwd: dir }).stdout) as {
      runs: Array<{
        results: Array<{
          message: { text: string };
          locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }>;
        }>;
      }>;
    };
    const result = sarif.runs[0]!.results.find((r) => r.message.text.startsWith('Onderdeel d.iii'))!;
    expect(result.locations[0]!.physicalLocation).toMatchObject({ artifactLocation: { uri: 'regio.yaml' }, region: { startLine: 4 } });
    expect(result.message.text).toContain('Geërfd uit het basisbestand');
  });

  it('--format json names the base file for a finding about an inherited value', () => {
    const file = 'test/fixtures/regio/herkomst/gemeenten/herkomst.yaml';
    const result = swa(['check', file, '--datum', '2026-11-23', '--format', 'json']);
    expect(result.code).toBe(1);
    const findings = (JSON.parse(result.stdout) as JsonReport).files[0]!.findings;
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'afspraak-placeholder', file: 'test/fixtures/regio/herkomst/regio.yaml', line: 7 }));
  });

  it('the text report shows the base file before the line number', () => {
    const result = swa(['check', 'test/fixtures/regio/herkomst/gemeenten/herkomst.yaml', '--datum', '2026-11-23']);
    expect(result.stdout).toContain('test/fixtures/regio/herkomst/regio.yaml:7:');
  });

  it('a cycle is a finding of the file: exit 1, a Dutch message, no stack trace', () => {
    const result = swa(['check', 'test/fixtures/regio/kring/a.yaml', '--datum', '2026-11-23']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('extends-kring');
    expect(result.stdout).toContain('kring');
    expect(result.stderr).toBe('');
  });

  it('the repository root is the nearest directory with .git; outside it is refused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'swa-regio-'));
    mkdirSync(join(dir, 'repo', '.git'), { recursive: true });
    mkdirSync(join(dir, 'repo', 'gemeenten'));
    writeFileSync(join(dir, 'regio.yaml'), 'schema_versie: 1\nbasis: true\n');
    writeFileSync(join(dir, 'repo', 'regio.yaml'), 'schema_versie: 1\nbasis: true\n');
    writeFileSync(join(dir, 'repo', 'gemeenten', 'binnen.yaml'), 'schema_versie: 1\nextends: ../regio.yaml\ngemeente:\n  naam: Binnen\n');
    writeFileSync(join(dir, 'repo', 'gemeenten', 'buiten.yaml'), 'schema_versie: 1\nextends: ../../regio.yaml\ngemeente:\n  naam: Buiten\n');

    const inside = swa(['check', 'gemeenten/binnen.yaml', '--format', 'json', '--datum', '2026-11-23'], { cwd: join(dir, 'repo') });
    expect((JSON.parse(inside.stdout) as JsonReport).files[0]!.findings.map((f) => f.rule)).not.toContain('extends-buiten-repository');

    const outside = swa(['check', 'gemeenten/buiten.yaml', '--format', 'json', '--datum', '2026-11-23'], { cwd: join(dir, 'repo') });
    expect(outside.code).toBe(1);
    expect((JSON.parse(outside.stdout) as JsonReport).files[0]!.findings).toContainEqual(
      expect.objectContaining({ rule: 'extends-buiten-repository', file: 'gemeenten/buiten.yaml', line: 2 }),
    );
  });

  it("without .git the root is the directory swa runs in (or, for a file outside it, the file's own directory)", () => {
    const dir = mkdtempSync(join(tmpdir(), 'swa-regio-'));
    mkdirSync(join(dir, 'gemeenten'));
    writeFileSync(join(dir, 'regio.yaml'), 'schema_versie: 1\nbasis: true\n');
    writeFileSync(join(dir, 'gemeenten', 'g.yaml'), 'schema_versie: 1\nextends: ../regio.yaml\ngemeente:\n  naam: G\n');
    writeFileSync(join(dir, 'naast.yaml'), 'schema_versie: 1\nextends: regio.yaml\ngemeente:\n  naam: N\n');
    // Run from the region folder: the base one level up is inside the project.
    const fromRegion = swa(['check', 'gemeenten/g.yaml', '--format', 'json', '--datum', '2026-11-23'], { cwd: dir });
    expect(fromRegion.stdout).not.toContain('extends-');
    const beside = swa(['check', 'naast.yaml', '--format', 'json', '--datum', '2026-11-23'], { cwd: dir });
    expect(beside.stdout).not.toContain('extends-');
    // Run from inside gemeenten/: the project is that folder, and the base lies outside it.
    const fromInside = swa(['check', 'g.yaml', '--format', 'json', '--datum', '2026-11-23'], { cwd: join(dir, 'gemeenten') });
    expect(fromInside.stdout).toContain('extends-buiten-repository');
    // A file outside the working directory: its own directory is the project.
    const elsewhere = mkdtempSync(join(tmpdir(), 'swa-elders-'));
    const outside = swa(['check', join(dir, 'gemeenten', 'g.yaml'), '--format', 'json', '--datum', '2026-11-23'], { cwd: elsewhere });
    expect(outside.stdout).toContain('extends-buiten-repository');
  });
});
