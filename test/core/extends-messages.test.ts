import { describe, expect, it } from 'vitest';
import { checkSource, type CheckOptions } from '../../src/core/check.js';
import { MAX_CHAIN } from '../../src/core/extends.js';
import type { Finding } from '../../src/findings.js';
import { memoryFiles } from '../regio/memory-files.js';

// Every way `extends` can fail is one finding on the extends line, with a message that says what
// is wrong with this particular path and what to do; and the spellings that do work, work.

const child = (target: string): string => `schema_versie: 1\ngemeente:\n  naam: G\nextends: ${target}\n`;
const BASE = 'schema_versie: 1\nbasis: true\n';

function check(files: Record<string, string>, file = 'g/a.yaml', options: Partial<CheckOptions> = {}) {
  const fs = memoryFiles(files);
  return checkSource(file, fs.bytes(file), { today: '2026-11-23', readFile: fs.readFile, rootLevelsUp: 1, ...options });
}
const extendsFindings = (findings: Finding[]) => findings.filter((f) => f.rule.startsWith('extends-'));
const only = (files: Record<string, string>, options: Partial<CheckOptions> = {}) => {
  const found = extendsFindings(check(files, 'g/a.yaml', options).findings);
  expect(found).toHaveLength(1);
  expect(found[0]).toMatchObject({ severity: 'fout', onderdeel: null, path: ['extends'], file: 'g/a.yaml', line: 4 });
  return found[0]!;
};

const NO_PATH = 'Bij `extends` staat geen pad. Noem het basisbestand, gezien vanaf dit bestand, bijvoorbeeld `../regio.yaml`, of haal de regel weg.';

describe('extends that names no file', () => {
  it.each([
    ['', 'empty'],
    ['"   "', 'only spaces'],
  ])('%j (%s)', (target) => {
    expect(only({ 'g/a.yaml': child(target) })).toMatchObject({ rule: 'extends-niet-gevonden', message: NO_PATH });
  });
});

describe('a web address', () => {
  it.each(['https://example.org/regio.yaml', 'http:regio.yaml', 'ftp:regio.yaml', 'FILE:regio.yaml', 'git+ssh.v2://host/regio.yaml'])('%s', (target) => {
    expect(only({ 'g/a.yaml': child(target) })).toMatchObject({
      rule: 'extends-url',
      message: `\`extends\` verwijst naar een webadres (${target}). Een basisbestand moet een bestand in dezelfde map of repository zijn, zodat iedereen dezelfde afspraken controleert. Download het bestand en verwijs er met een pad naar, zoals \`../regio.yaml\`.`,
    });
  });

  it('but a path that only contains "://" or "c:/" further on is a path', () => {
    for (const target of ['map/http://x.yaml', '9p://x.yaml', 'map/c:/x.yaml'])
      expect(only({ 'g/a.yaml': child(target) }).rule, target).toBe('extends-niet-gevonden');
  });
});

describe('a path outside the repository', () => {
  it('a full path, also a Windows one', () => {
    for (const target of ['/etc/regio.yaml', 'C:\\regio.yaml', 'c:/regio.yaml']) {
      expect(only({ 'g/a.yaml': child(target) }), target).toMatchObject({
        rule: 'extends-buiten-repository',
        message: `\`extends\` gebruikt een volledig pad (${target}). Gebruik een pad gezien vanaf dit bestand, bijvoorbeeld \`../regio.yaml\`, zodat het ook op andere computers werkt.`,
      });
    }
  });

  it('a relative path that climbs out', () => {
    expect(only({ 'g/a.yaml': child('../../regio.yaml') })).toMatchObject({
      rule: 'extends-buiten-repository',
      message:
        '`extends` wijst naar ../../regio.yaml, en dat ligt buiten de map van dit project (de repository). Zet het basisbestand in de repository en verwijs ernaar vanaf dit bestand.',
    });
  });
});

describe('spellings that work', () => {
  it('backslashes and spaces around the path', () => {
    for (const target of ['..\\basis\\regio.yaml', '"  ../basis/regio.yaml "']) {
      const result = check({ 'g/a.yaml': child(target), 'basis/regio.yaml': BASE });
      expect(extendsFindings(result.findings), target).toEqual([]);
      expect(result.baseFiles).toEqual(['basis/regio.yaml']);
    }
  });
});

describe('a chain that is too long', () => {
  const chain = (files: number): Record<string, string> => {
    const all: Record<string, string> = { 'g/a.yaml': child('b1.yaml') };
    for (let i = 1; i < files; i++) all[`g/b${i}.yaml`] = i < files - 1 ? `${BASE}extends: b${i + 1}.yaml\n` : BASE;
    return all;
  };

  it(`${MAX_CHAIN} files are fine, one more is reported with the whole chain`, () => {
    expect(extendsFindings(check(chain(MAX_CHAIN)).findings)).toEqual([]);
    const [finding] = extendsFindings(check(chain(MAX_CHAIN + 1)).findings);
    expect(finding!.rule).toBe('extends-kring');
    expect(finding!.message).toMatch(
      /^De keten van basisbestanden is langer dan 16 bestanden \(g\/a\.yaml → g\/b1\.yaml → .* → g\/b16\.yaml\)\. Waarschijnlijk is er een kring via een snelkoppeling; maak de keten korter\.$/,
    );
  });
});

describe('a base that cannot be read or used', () => {
  it('without a way to read files', () => {
    expect(only({ 'g/a.yaml': child('regio.yaml') }, { readFile: undefined })).toMatchObject({
      rule: 'extends-niet-gevonden',
      message: 'Het basisbestand g/regio.yaml kan hier niet worden gelezen.',
    });
  });

  it.each([
    ['ENOENT', 'bestaat niet.'],
    ['EISDIR', 'is een map, geen bestand.'],
    ['EACCES', 'mag niet gelezen worden (geen rechten).'],
    ['EPERM', 'mag niet gelezen worden (geen rechten).'],
    ['ELOOP', 'is een kring van snelkoppelingen.'],
    ['ENOTFILE', 'is geen gewoon bestand (maar bijvoorbeeld een pijp of apparaat).'],
    ['EFBIG', 'is te groot voor een afsprakenbestand.'],
    ['EIO', 'kan niet gelezen worden (EIO).'],
    [undefined, 'kan niet gelezen worden (onbekende oorzaak).'],
  ])('read error %s', (code, reason) => {
    const fs = memoryFiles({ 'g/a.yaml': child('regio.yaml') });
    const readFile = (path: string): Uint8Array => {
      if (path === 'g/regio.yaml') throw code === undefined ? null : Object.assign(new Error(code), { code });
      return fs.readFile(path);
    };
    expect(only({ 'g/a.yaml': child('regio.yaml') }, { readFile })).toMatchObject({
      rule: 'extends-niet-gevonden',
      message: `Het basisbestand g/regio.yaml (uit \`extends: regio.yaml\`) ${reason} Controleer het pad; het wordt gelezen vanaf de map van dit bestand.`,
    });
  });

  it('an empty base, and a base that is a list', () => {
    expect(only({ 'g/a.yaml': child('regio.yaml'), 'g/regio.yaml': '' })).toMatchObject({
      rule: 'extends-geen-map',
      message: 'Het basisbestand g/regio.yaml kan niet worden gebruikt: het is leeg of de YAML-opmaak klopt niet (zie de melding daar).',
    });
    expect(only({ 'g/a.yaml': child('regio.yaml'), 'g/regio.yaml': '- een\n' })).toMatchObject({
      rule: 'extends-geen-map',
      message:
        'Het basisbestand g/regio.yaml bestaat niet uit sleutels met waarden (zoals `afspraken:`), maar uit een lijst of losse tekst. Een basisbestand is opgebouwd als een gewoon afsprakenbestand.',
    });
  });
});
