import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkSource, inheritedGap, type CheckOptions } from '../../src/core/check.js';
import type { Finding } from '../../src/findings.js';
import { lineOf, memoryFiles } from './memory-files.js';

const TODAY = '2026-11-23';

const REGIO = `schema_versie: 1
basis: true
regio:
  naam: Regio Proef
afspraken:
  a_advies_en_ondersteuning:
    gi:
      wanneer: Bij twijfel over preventieve inzet van de GI.
      hoe: Via de consultatielijn van de GI.
  j_casuistiekevaluatie:
    werkwijze: TODO
    frequentie: jaarlijks
`;

function check(files: Record<string, string>, file: string, options: Partial<CheckOptions> = {}) {
  const fs = memoryFiles(files);
  return checkSource(file, fs.bytes(file), { today: TODAY, readFile: fs.readFile, rootLevelsUp: 5, ...options });
}

const byRule = (findings: Finding[], rule: string): Finding[] => findings.filter((f) => f.rule === rule);

describe('provenance: every finding points at the file and line where the value came from', () => {
  const gemeente = `schema_versie: 1
extends: ../regio.yaml
gemeente:
  naam: Proefdorp
afspraken:
  c_taakverdeling:
    veiligheidsplannen: nog invullen
`;
  const result = (): ReturnType<typeof check> => check({ 'regio.yaml': REGIO, 'gemeenten/proefdorp.yaml': gemeente }, 'gemeenten/proefdorp.yaml');

  it('a gap in a value inherited from the base points into the base', () => {
    const placeholder = result().findings.find((f) => f.rule === 'afspraak-placeholder' && f.onderdeel === 'j');
    expect(placeholder).toMatchObject({ file: 'regio.yaml', line: lineOf(REGIO, 'werkwijze: TODO') });
  });

  it('a gap in the child points into the child', () => {
    const placeholder = result().findings.find((f) => f.rule === 'afspraak-placeholder' && f.onderdeel === 'c');
    expect(placeholder).toMatchObject({ file: 'gemeenten/proefdorp.yaml', line: lineOf(gemeente, 'veiligheidsplannen') });
  });

  it('a missing value points at the nearest ancestor in the child', () => {
    const missing = result().findings.find((f) => f.rule === 'afspraak-ontbreekt' && f.path.at(-1) === 'wachtlijsten');
    expect(missing).toMatchObject({ file: 'gemeenten/proefdorp.yaml', line: lineOf(gemeente, 'c_taakverdeling') });
    const onderdeel = result().findings.find((f) => f.rule === 'onderdeel-ontbreekt' && f.onderdeel === 'e');
    expect(onderdeel).toMatchObject({ file: 'gemeenten/proefdorp.yaml', line: lineOf(gemeente, 'afspraken:') });
  });

  it('merges the base into the data the renderers get, and names the base files', () => {
    const { data, baseFiles, isBase } = result();
    expect(data).toMatchObject({
      gemeente: { naam: 'Proefdorp' },
      regio: { naam: 'Regio Proef' },
      afspraken: { j_casuistiekevaluatie: { frequentie: 'jaarlijks' } },
    });
    expect(data).not.toHaveProperty('basis');
    expect(baseFiles).toEqual(['regio.yaml']);
    expect(isBase).toBeUndefined();
  });

  it("lists the checked file's own findings before those in the base", () => {
    const files = result().findings.map((f) => f.file);
    expect(files.indexOf('regio.yaml')).toBeGreaterThan(files.lastIndexOf('gemeenten/proefdorp.yaml'));
  });

  it('uses the inherited agreement for the onderdeel status', () => {
    const { onderdelen } = result();
    expect(onderdelen?.a).not.toBe('ontbreekt');
    expect(onderdelen?.j).toBe('onvolledig');
  });
});

describe('an empty value in the child removes an inherited agreement', () => {
  const gemeente = `schema_versie: 1
extends: regio.yaml
gemeente:
  naam: Anders
afspraken:
  a_advies_en_ondersteuning:
    gi:
`;
  const result = (): ReturnType<typeof check> => check({ 'regio.yaml': REGIO, 'anders.yaml': gemeente }, 'anders.yaml');

  it('the agreement is gone from the data', () => {
    expect(result().data).toMatchObject({ afspraken: { a_advies_en_ondersteuning: { gi: null } } });
  });

  it("and reported as open on the child's line", () => {
    const missing = result().findings.filter((f) => f.rule === 'afspraak-ontbreekt' && f.path.includes('gi'));
    expect(missing).toHaveLength(2);
    for (const finding of missing) expect(finding).toMatchObject({ file: 'anders.yaml', line: lineOf(gemeente, 'gi:') });
  });
});

describe('chains of several levels', () => {
  it('resolves every path from the file that names it', () => {
    const land = 'schema_versie: 1\nbasis: true\nevaluatie:\n  frequentie: jaarlijks\n  volgende: 2020-01-01\n';
    const regio = 'schema_versie: 1\nbasis: true\nextends: ../land/land.yaml\nregio:\n  naam: R\n';
    const gemeente = 'schema_versie: 1\nextends: ../../regio/regio.yaml\ngemeente:\n  naam: G\n';
    const result = check({ 'land/land.yaml': land, 'regio/regio.yaml': regio, 'regio/gemeenten/g.yaml': gemeente }, 'regio/gemeenten/g.yaml');
    expect(result.baseFiles).toEqual(['regio/regio.yaml', 'land/land.yaml']);
    const verlopen = byRule(result.findings, 'evaluatie-verlopen');
    expect(verlopen).toEqual([expect.objectContaining({ file: 'land/land.yaml', line: 5 })]);
    expect(result.data).toMatchObject({ regio: { naam: 'R' }, gemeente: { naam: 'G' }, evaluatie: { frequentie: 'jaarlijks' } });
  });
});

describe('problems with extends are findings of the file, with stable rule ids', () => {
  const child = (target: string): string => `schema_versie: 1\ngemeente:\n  naam: G\nextends: ${target}\n`;

  it('a cycle', () => {
    const result = check({ 'a.yaml': child('b.yaml'), 'b.yaml': 'schema_versie: 1\nbasis: true\nextends: ./a.yaml\n' }, 'a.yaml');
    expect(byRule(result.findings, 'extends-kring')).toEqual([expect.objectContaining({ file: 'b.yaml', line: 3, severity: 'fout' })]);
    expect(byRule(result.findings, 'extends-kring')[0]!.message).toContain('a.yaml → b.yaml → a.yaml');
    expect(result.onderdelen).toBeNull();
  });

  it('a file that extends itself', () => {
    const result = check({ 'a.yaml': child('a.yaml') }, 'a.yaml');
    expect(byRule(result.findings, 'extends-kring')).toEqual([expect.objectContaining({ file: 'a.yaml', line: 4, column: 10 })]);
  });

  it('a missing base', () => {
    const result = check({ 'a.yaml': child('../regio/weg.yaml') }, 'a.yaml');
    const [finding] = byRule(result.findings, 'extends-niet-gevonden');
    expect(finding).toMatchObject({ file: 'a.yaml', line: 4 });
    expect(finding!.message).toContain('bestaat niet');
    expect(result.onderdelen).toBeNull();
    // No flood of "ontbreekt" findings for everything the missing base would have said.
    expect(result.findings.every((f) => f.rule.startsWith('extends-'))).toBe(true);
  });

  it('a base that is not a map', () => {
    const result = check({ 'a.yaml': child('lijst.yaml'), 'lijst.yaml': '- een\n- twee\n' }, 'a.yaml');
    expect(byRule(result.findings, 'extends-geen-map')).toEqual([expect.objectContaining({ file: 'a.yaml', line: 4 })]);
    expect(result.findings.some((f) => f.file === 'lijst.yaml' && f.rule === 'schema-type')).toBe(true);
  });

  it('a URL', () => {
    const result = check({ 'a.yaml': child('https://example.org/regio.yaml') }, 'a.yaml');
    expect(byRule(result.findings, 'extends-url')).toEqual([expect.objectContaining({ file: 'a.yaml', line: 4 })]);
  });

  it('a path outside the repository root', () => {
    const files = { 'repo/a.yaml': child('../../buiten.yaml'), 'buiten.yaml': REGIO };
    const outside = check(files, 'repo/a.yaml', { rootLevelsUp: 1 });
    expect(byRule(outside.findings, 'extends-buiten-repository')).toHaveLength(1);
    const inside = check({ 'repo/a.yaml': child('../buiten.yaml'), 'buiten.yaml': REGIO }, 'repo/a.yaml', { rootLevelsUp: 1 });
    expect(byRule(inside.findings, 'extends-buiten-repository')).toHaveLength(0);
    expect(inside.baseFiles).toEqual(['buiten.yaml']);
  });

  it('the default root is the directory of the checked file', () => {
    const result = check({ 'g/a.yaml': child('../regio.yaml'), 'regio.yaml': REGIO }, 'g/a.yaml', { rootLevelsUp: undefined });
    expect(byRule(result.findings, 'extends-buiten-repository')).toHaveLength(1);
  });

  it('an absolute path', () => {
    const result = check({ 'a.yaml': child('/etc/regio.yaml') }, 'a.yaml');
    expect(byRule(result.findings, 'extends-buiten-repository')).toHaveLength(1);
  });

  it('no way to read base files', () => {
    const fs = memoryFiles({ 'a.yaml': child('regio.yaml'), 'regio.yaml': REGIO });
    const result = checkSource('a.yaml', fs.bytes('a.yaml'), { today: TODAY });
    expect(byRule(result.findings, 'extends-niet-gevonden')).toHaveLength(1);
  });
});

describe('the YAML and schema errors of a base are reported, pointing into the base', () => {
  it('YAML syntax', () => {
    const broken = 'schema_versie: 1\nregio:\n  naam: "Regio\n';
    const result = check({ 'a.yaml': 'schema_versie: 1\nextends: regio.yaml\n', 'regio.yaml': broken }, 'a.yaml');
    expect(result.findings.some((f) => f.file === 'regio.yaml' && f.rule === 'yaml-syntax')).toBe(true);
    expect(byRule(result.findings, 'extends-geen-map')).toEqual([expect.objectContaining({ file: 'a.yaml', line: 2 })]);
    expect(result.onderdelen).toBeNull();
  });

  it('schema', () => {
    const base = 'schema_versie: 1\nbasis: true\nregio:\n  naam: R\n  nmae: typo\n';
    const result = check({ 'a.yaml': 'schema_versie: 1\nextends: regio.yaml\ngemeente:\n  naam: G\n', 'regio.yaml': base }, 'a.yaml');
    expect(byRule(result.findings, 'schema-onbekende-sleutel')).toEqual([expect.objectContaining({ file: 'regio.yaml', line: 5 })]);
    expect(result.onderdelen).not.toBeNull();
  });
});

describe('a base file checked on its own', () => {
  const result = (): ReturnType<typeof check> => check({ 'regio.yaml': REGIO }, 'regio.yaml');

  it('needs no gemeente', () => {
    expect(byRule(result().findings, 'gemeente-ontbreekt')).toHaveLength(0);
    expect(result().isBase).toBe(true);
  });

  it('reports what it leaves open as info, not as errors', () => {
    expect(result().findings.length).toBeGreaterThan(0);
    expect(result().findings.every((f) => f.severity === 'info')).toBe(true);
    expect(result().onderdelen?.e).toBe('ontbreekt');
  });

  it('still has schema errors as errors', () => {
    const bad = check({ 'regio.yaml': `${REGIO}onbekend: 1\n` }, 'regio.yaml');
    expect(byRule(bad.findings, 'schema-onbekende-sleutel')).toEqual([expect.objectContaining({ severity: 'fout' })]);
  });

  it('a gemeente file building on it does need a gemeente', () => {
    const child = check({ 'regio.yaml': REGIO, 'a.yaml': 'schema_versie: 1\nextends: regio.yaml\n' }, 'a.yaml');
    expect(byRule(child.findings, 'gemeente-ontbreekt')).toEqual([expect.objectContaining({ severity: 'fout', file: 'a.yaml' })]);
  });
});

describe('a base shared by many gemeente files', () => {
  it('is read and parsed once per run when a cache is given, with the same findings', () => {
    const files = {
      'regio.yaml': REGIO,
      'a.yaml': 'schema_versie: 1\nextends: regio.yaml\ngemeente:\n  naam: A\n',
      'b.yaml': 'schema_versie: 1\nextends: regio.yaml\ngemeente:\n  naam: B\n',
    };
    const fs = memoryFiles(files);
    const reads: string[] = [];
    const readFile = (path: string): Uint8Array => {
      reads.push(path);
      return fs.readFile(path);
    };
    const baseCache = new Map();
    const withCache = ['a.yaml', 'b.yaml'].map((file) => checkSource(file, fs.bytes(file), { today: TODAY, readFile, baseCache }));
    expect(reads).toEqual(['regio.yaml']);
    const without = ['a.yaml', 'b.yaml'].map((file) => checkSource(file, fs.bytes(file), { today: TODAY, readFile: fs.readFile }));
    expect(withCache).toEqual(without);
  });
});

describe('a missing key whose nearest existing parent comes from a base file', () => {
  const D_I =
    '    start_en_beeindiging:\n      - afspraak: Veilig Thuis meldt start en einde van zijn betrokkenheid aan het lokaal team.\n        verantwoordelijk: veilig_thuis\n';
  const J = '  j_casuistiekevaluatie:\n    frequentie: jaarlijks\n';

  it('the gemeente without its own d_betrokkenheid: the d.iii gap points into the base, and says it is inherited', () => {
    const regio = `schema_versie: 1\nbasis: true\nafspraken:\n  d_betrokkenheid:\n${D_I}`;
    const gemeente = `schema_versie: 1\nextends: regio.yaml\ngemeente:\n  naam: G\nafspraken:\n${J}`;
    const result = check({ 'regio.yaml': regio, 'g.yaml': gemeente }, 'g.yaml');
    const diii = result.findings.find((f) => f.onderdeel === 'd.iii' && f.severity === 'fout')!;
    expect(diii).toMatchObject({ file: 'regio.yaml', line: lineOf(regio, 'd_betrokkenheid') });
    expect(diii.message).toContain(inheritedGap('g.yaml'));
    // Only the name: the same sentence whether the path was typed as g.yaml, ./x/g.yaml or absolute.
    expect(inheritedGap('/srv/regio/gemeenten/g.yaml')).toBe(inheritedGap('g.yaml'));
    expect(inheritedGap('gemeenten\\g.yaml')).toBe(inheritedGap('g.yaml'));
    expect(diii.message.endsWith('(Geërfd uit het basisbestand: vul het daar aan voor alle gemeenten, of zet het in g.yaml.)')).toBe(true);
  });

  it('the gemeente with its own d_betrokkenheid: the gap is its own, on its own line, not called inherited', () => {
    const regio = `schema_versie: 1\nbasis: true\nafspraken:\n  d_betrokkenheid:\n${D_I}`;
    const gemeente = `schema_versie: 1\nextends: regio.yaml\ngemeente:\n  naam: G\nafspraken:\n  d_betrokkenheid:\n    informatieoverdracht: Het wijkteam krijgt het verslag binnen 5 werkdagen.\n`;
    const result = check({ 'regio.yaml': regio, 'g.yaml': gemeente }, 'g.yaml');
    const diii = result.findings.find((f) => f.onderdeel === 'd.iii' && f.severity === 'fout')!;
    expect(diii).toMatchObject({ file: 'g.yaml', line: lineOf(gemeente, 'd_betrokkenheid') });
    expect(diii.message).not.toContain('Geërfd');
  });

  // Which of the two files has `afspraken:` and `d_betrokkenheid:`; the d.iii finding follows the nearest one that exists.
  const shape = fc.record({ baseAfspraken: fc.boolean(), baseD: fc.boolean(), childAfspraken: fc.boolean(), childD: fc.boolean() });
  it('points at the file that holds the nearest existing parent, child first, and calls it inherited exactly when that is a base (property)', () => {
    fc.assert(
      fc.property(shape, ({ baseAfspraken, baseD, childAfspraken, childD }) => {
        const section = (hasAfspraken: boolean, hasD: boolean): string =>
          hasAfspraken || hasD ? `afspraken:\n${hasD ? `  d_betrokkenheid:\n${D_I}` : J}` : '';
        const regio = `schema_versie: 1\nbasis: true\nregio:\n  naam: R\n${section(baseAfspraken, baseD)}`;
        const gemeente = `schema_versie: 1\nextends: regio.yaml\ngemeente:\n  naam: G\n${section(childAfspraken, childD)}`;
        const result = check({ 'regio.yaml': regio, 'g.yaml': gemeente }, 'g.yaml');
        const diii = result.findings.find((f) => f.onderdeel === 'd.iii' && f.severity === 'fout')!;
        const has = { child: { afspraken: childAfspraken || childD, d: childD }, base: { afspraken: baseAfspraken || baseD, d: baseD } };
        const level = has.child.d || has.base.d ? 'd' : has.child.afspraken || has.base.afspraken ? 'afspraken' : null;
        const owner = level === null || has.child[level] ? 'child' : 'base';
        const [file, text] = owner === 'child' ? ['g.yaml', gemeente] : ['regio.yaml', regio];
        const line = level === 'd' ? lineOf(text, 'd_betrokkenheid') : level === 'afspraken' ? lineOf(text, 'afspraken:') : 1;
        expect(diii).toMatchObject({ file, line });
        expect(diii.message.includes(inheritedGap('g.yaml'))).toBe(owner === 'base');
      }),
      { numRuns: 64 },
    );
  });
});
