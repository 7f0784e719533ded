import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, swa } from '../helpers/cli.js';
import { validate } from '../../src/generated/schema-validator.js';
import { INIT_ONDERDELEN } from '../../src/init/answers.js';

interface JsonReport {
  files: Array<{ onderdelen: Record<string, string>; findings: Array<{ rule: string; onderdeel: string | null; severity: string; file: string }> }>;
}

const tmp = (): string => mkdtempSync(join(tmpdir(), 'swa-init-cli-'));

describe('swa init without a terminal (built CLI)', () => {
  it('does not hang: exit 2 with a Dutch message on how to run it non-interactively', () => {
    const dir = tmp();
    const result = swa(['init'], { cwd: dir, input: '' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('swa init --ja --gemeente');
    expect(existsSync(join(dir, 'samenwerkingsafspraken.yaml'))).toBe(false);
  });

  it('--ja writes a skeleton that passes the schema and whose open points swa check lists', () => {
    const dir = tmp();
    const result = swa(['init', '--ja', '--gemeente', 'Proefstad', '--cbs-code', 'GM0003', '--regio', 'Regio Proef', '--datum', '2026-11-23'], { cwd: dir });
    expect(result.code).toBe(0);
    const text = readFileSync(join(dir, 'proefstad.yaml'), 'utf8');
    expect(text.startsWith('# yaml-language-server: $schema=')).toBe(true);
    const schemaRef = /\$schema=(.*)/.exec(text)![1]!;
    expect(existsSync(join(dir, schemaRef))).toBe(true);
    expect(validate(parse(text))).toBe(true);
    for (const onderdeel of ['a', 'c', 'e', 'j']) expect(text).toMatch(new RegExp(`# ${onderdeel.replace('.', '\\.')} — `));

    const check = swa(['check', 'proefstad.yaml', '--format', 'json', '--datum', '2026-11-23'], { cwd: dir });
    expect(check.code).toBe(1);
    const report = JSON.parse(check.stdout) as JsonReport;
    const findings = report.files[0]!.findings;
    expect(findings.filter((f) => f.rule.startsWith('schema-') || f.rule.startsWith('yaml-'))).toEqual([]);
    for (const onderdeel of INIT_ONDERDELEN) expect(report.files[0]!.onderdelen[onderdeel]).toBe('ontbreekt');
    expect(findings.some((f) => f.rule === 'gemeente-ontbreekt')).toBe(false);
    expect(result.stdout).toContain(`${findings.filter((f) => f.severity !== 'info').length} open punten`);
  });

  it('--yes is the same as --ja; --uit chooses the file', () => {
    const dir = tmp();
    const result = swa(['init', '--yes', '--uit', 'sub/nieuw.yaml', '--datum', '2026-11-23'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(validate(parse(readFileSync(join(dir, 'sub/nieuw.yaml'), 'utf8')))).toBe(true);
  });

  it('never overwrites an existing file without --force', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'proefstad.yaml'), 'van de gebruiker\n');
    const refused = swa(['init', '--ja', '--gemeente', 'Proefstad', '--datum', '2026-11-23'], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(join(dir, 'proefstad.yaml'), 'utf8')).toBe('van de gebruiker\n');
    const forced = swa(['init', '--ja', '--gemeente', 'Proefstad', '--force', '--datum', '2026-11-23'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'proefstad.yaml'), 'utf8')).toContain('naam: Proefstad');
  });

  it('--extends writes the path as seen from the new file, leaves out what the base covers and comments out what it leaves open', () => {
    const dir = tmp();
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'gemeenten'));
    const base = readFileSync(join(ROOT, 'examples/regio-voorbeeld/regio-waterland-zuid.yaml'), 'utf8');
    writeFileSync(join(dir, 'regio.yaml'), base);
    const result = swa(['init', '--ja', '--gemeente', 'Nieuwdorp', '--extends', 'regio.yaml', '--uit', 'gemeenten/nieuwdorp.yaml', '--datum', '2026-11-23'], {
      cwd: dir,
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const text = readFileSync(join(dir, 'gemeenten/nieuwdorp.yaml'), 'utf8');
    const data = parse(text) as Record<string, any>;
    expect(data.extends).toBe('../regio.yaml');
    // The base leaves c.informeren_betrokkenen open: a commented-out key, not an empty one that would override the base.
    expect(data.afspraken).toBeUndefined();
    expect(text).toMatch(/^# afspraken:$/m);
    expect(text).toMatch(/^ {4}# informeren_betrokkenen: {3}# ontbreekt in het basisbestand$/m);
    const check = swa(['check', 'gemeenten/nieuwdorp.yaml', '--format', 'json', '--datum', '2026-11-23'], { cwd: dir });
    const report = JSON.parse(check.stdout) as JsonReport;
    expect(
      report.files[0]!.findings.filter((f) => f.severity === 'fout')
        .map((f) => f.rule)
        .sort(),
    ).toEqual(['afspraak-ontbreekt', 'partner-ontbreekt']);

    // Once the region fills it in the base, the gemeente has it: nothing in the new file switches it off.
    writeFileSync(
      join(dir, 'regio.yaml'),
      base.replace(
        /^ {2}c_taakverdeling:\n/m,
        '  c_taakverdeling:\n    informeren_betrokkenen:\n      - afspraak: De casusregisseur informeert het gezin en het netwerk.\n        verantwoordelijk: lokaal_team\n',
      ),
    );
    const after = JSON.parse(swa(['check', 'gemeenten/nieuwdorp.yaml', '--format', 'json', '--datum', '2026-11-23'], { cwd: dir }).stdout) as JsonReport;
    expect(after.files[0]!.findings.filter((f) => f.severity === 'fout').map((f) => f.rule)).toEqual(['partner-ontbreekt']);
    expect(after.files[0]!.onderdelen.c).toBe('compleet');
  });

  it('an unusable base file or CBS code: exit 2, nothing written', () => {
    const dir = tmp();
    const base = swa(['init', '--ja', '--gemeente', 'X', '--extends', 'weg.yaml'], { cwd: dir });
    expect(base.code).toBe(2);
    expect(base.stderr).toContain('weg.yaml bestaat niet');
    const code = swa(['init', '--ja', '--gemeente', 'X', '--cbs-code', '363'], { cwd: dir });
    expect(code.code).toBe(2);
    expect(code.stderr).toContain('GM met vier cijfers');
    expect(existsSync(join(dir, 'x.yaml'))).toBe(false);
  });
});

describe('swa init: the name of the gemeente', () => {
  it('drops a leading "Gemeente", which the documents add themselves', () => {
    const dir = mkdtempSync(join(tmpdir(), 'swa-init-naam-'));
    const result = swa(['init', '--ja', '--gemeente', 'Gemeente Lindenhoeve', '--datum', '2026-11-23'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    const data = parse(readFileSync(join(dir, 'lindenhoeve.yaml'), 'utf8')) as { gemeente: { naam: string } };
    expect(data.gemeente.naam).toBe('Lindenhoeve');
  });
});
