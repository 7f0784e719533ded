import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { swa } from '../helpers/cli.js';

const DIR = 'examples/regio-voorbeeld';
const GEMEENTEN = ['oosterdijk', 'waterstad', 'zuiderpolder'].map((g) => `${DIR}/gemeenten/${g}.yaml`);
const INPUTS = [`${DIR}/regio-waterland-zuid.yaml`, ...GEMEENTEN];
const DATUM = ['--datum', '2026-11-23'];
const KOLOMMEN = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'Visie', 'Aansluiting', 'Evaluatie'];

/** Open points per file according to `swa check`, the number the overview must repeat. */
function openPuntenVolgensCheck(): Record<string, number> {
  const report = JSON.parse(swa(['check', ...GEMEENTEN, ...DATUM, '--format', 'json']).stdout) as {
    files: Array<{ file: string; findings: Array<{ severity: string }> }>;
  };
  return Object.fromEntries(report.files.map((f) => [f.file, f.findings.filter((x) => x.severity !== 'info').length]));
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'swa-overzicht-'));
}

describe('swa overzicht --format markdown', () => {
  const result = swa(['overzicht', ...INPUTS, ...DATUM]);
  const rows = result.stdout
    .split('\n')
    .filter((line) => line.startsWith('| '))
    .map((line) => line.slice(2, -2).split(' | '));
  const [header, , ...body] = rows;
  const byGemeente = (name: string): string[] => body.find((cells) => cells[0]!.startsWith(name))!;

  it('is a table gemeente × onderdeel on stdout, exit 0', () => {
    expect(result.code).toBe(0);
    expect(header).toEqual(['Gemeente', ...KOLOMMEN, 'Open punten', 'Volgende evaluatie']);
    expect(body.map((cells) => cells[0])).toEqual(['Oosterdijk (GM9992)', 'Waterstad (GM9990)', 'Zuiderpolder (GM9991)']);
  });

  it('shows the status of every onderdeel in words', () => {
    expect(
      byGemeente('Waterstad')
        .slice(1, 14)
        .every((cell) => cell === '✓ compleet'),
    ).toBe(true);
    expect(byGemeente('Oosterdijk')[1]).toBe('! onvolledig');
    expect(byGemeente('Zuiderpolder')[3]).toBe('! onvolledig');
  });

  it('counts the open points as swa check does, and shows the next evaluation', () => {
    const open = openPuntenVolgensCheck();
    expect(byGemeente('Oosterdijk')[14]).toBe(String(open[`${DIR}/gemeenten/oosterdijk.yaml`]));
    expect(byGemeente('Zuiderpolder')[14]).toBe(String(open[`${DIR}/gemeenten/zuiderpolder.yaml`]));
    expect(byGemeente('Waterstad')[14]).toBe('0');
    expect(byGemeente('Waterstad')[15]).toBe('1 maart 2027');
    expect(byGemeente('Oosterdijk')[15]).toBe('1 september 2026 (verlopen)');
  });

  it('leaves the base file out of the rows but names it', () => {
    expect(body).toHaveLength(3);
    expect(result.stdout).toContain(`Basisbestand (geen gemeente, dus geen rij): ${DIR}/regio-waterland-zuid.yaml`);
  });
});

describe('swa overzicht --format csv', () => {
  const result = swa(['overzicht', ...INPUTS, ...DATUM, '--format', 'csv']);

  it('starts with a UTF-8 BOM and uses ; and CRLF, for Excel in Dutch', () => {
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('\uFEFF')).toBe(true);
    expect(result.stdout.endsWith('\r\n')).toBe(true);
  });

  it('has one row per gemeente with the statuses as words', () => {
    const [header, ...rows] = result.stdout
      .slice(1)
      .trimEnd()
      .split('\r\n')
      .map((line) => line.split(';'));
    expect(header).toEqual(['Gemeente', 'CBS-code', 'Bestand', ...KOLOMMEN, 'Open punten', 'Volgende evaluatie', 'Evaluatie verlopen']);
    expect(rows).toHaveLength(3);
    const record = (name: string): Record<string, string> => Object.fromEntries(header!.map((h, i) => [h, rows.find((r) => r[0] === name)![i]!]));
    expect(record('Waterstad')).toMatchObject({
      'CBS-code': 'GM9990',
      a: 'compleet',
      j: 'compleet',
      'Open punten': '0',
      'Volgende evaluatie': '2027-03-01',
      'Evaluatie verlopen': 'nee',
    });
    expect(record('Oosterdijk')).toMatchObject({ a: 'onvolledig', c: 'onvolledig', Evaluatie: 'onvolledig', 'Evaluatie verlopen': 'ja' });
    expect(record('Zuiderpolder').Bestand).toBe(`${DIR}/gemeenten/zuiderpolder.yaml`);
  });
});

describe('swa overzicht --format docx', () => {
  const dir = tmp();
  const out = join(dir, 'overzicht.docx');
  const result = swa(['overzicht', ...INPUTS, ...DATUM, '--out', out]);
  const zip = unzipSync(readFileSync(out));
  const documentXml = strFromU8(zip['word/document.xml']!);
  const parser = new XMLParser({ ignoreAttributes: false, preserveOrder: true });
  const tree = parser.parse(documentXml) as unknown[];

  /** All elements with this tag, depth first. */
  const find = (nodes: unknown, tag: string): unknown[] => {
    const found: unknown[] = [];
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(visit);
      if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === tag) found.push(value);
          if (key !== ':@') visit(value);
        }
      }
    };
    visit(nodes);
    return found;
  };
  const text = (node: unknown): string =>
    find(node, 'w:p')
      .map((p) =>
        find(p, 'w:t')
          .map((t) => find(t, '#text').join(''))
          .join(' '),
      )
      .join(' ')
      .replaceAll('\u00AD', '');
  const rows = find(tree, 'w:tr').map((tr) => find(tr, 'w:tc').map(text));

  it('is written with --out (format from the extension) and says so', () => {
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('3 gemeenten');
  });

  it('has a header row that repeats on every page, and a row per gemeente', () => {
    expect(rows[0]).toEqual(['Gemeente', ...KOLOMMEN, 'Open punten', 'Volgende evaluatie']);
    expect(documentXml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    const firstRow = documentXml.slice(documentXml.indexOf('<w:tr>'), documentXml.indexOf('</w:tr>'));
    expect(firstRow).toContain('<w:tblHeader/>');
    expect(rows.map((cells) => cells[0])).toEqual(['Gemeente', 'Oosterdijk GM9992', 'Waterstad GM9990', 'Zuiderpolder GM9991']);
  });

  it('puts symbol and word in every status cell, not only a colour', () => {
    const waterstad = rows.find((cells) => cells[0]!.startsWith('Waterstad'))!;
    expect(waterstad.slice(1, 14)).toEqual(Array(13).fill('✓ compleet'));
    const oosterdijk = rows.find((cells) => cells[0]!.startsWith('Oosterdijk'))!;
    expect(oosterdijk[1]).toBe('! onvolledig');
    expect(oosterdijk[15]).toBe('1 september 2026 (verlopen)');
  });

  it('is landscape A4 and Dutch', () => {
    expect(documentXml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(strFromU8(zip['word/styles.xml']!)).toContain('<w:lang w:val="nl-NL"/>');
  });

  it('is the same, byte for byte, when made again (fixed dates in core.xml and the zip)', () => {
    expect(strFromU8(zip['docProps/core.xml']!)).toContain('>2026-11-23T00:00:00Z</dcterms:created>');
    const again = join(dir, 'opnieuw.docx');
    swa(['overzicht', ...INPUTS, ...DATUM, '--out', again], { env: { TZ: 'Pacific/Auckland' } });
    expect(readFileSync(again).equals(readFileSync(out))).toBe(true);
  });
});

describe('swa overzicht refuses what it cannot do well', () => {
  it('never writes the overview over one of the files it reads, not even with --force', () => {
    const dir = mkdtempSync(join(tmpdir(), 'swa-ov-in-'));
    const input = join(dir, 'waterstad.yaml');
    writeFileSync(input, 'schema_versie: 1\ngemeente:\n  naam: Waterstad\n');
    const before = readFileSync(input, 'utf8');
    const result = swa(['overzicht', 'waterstad.yaml', '--out', 'waterstad.yaml', '--force', '--format', 'markdown', ...DATUM], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('een van de bestanden die gelezen worden');
    expect(readFileSync(input, 'utf8')).toBe(before);
  });

  it('a Word document without --out: exit 2 with a Dutch hint', () => {
    const result = swa(['overzicht', ...GEMEENTEN, '--format', 'docx', ...DATUM]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--out');
    expect(result.stdout).toBe('');
  });

  it('a missing input file: exit 2 and nothing written', () => {
    const out = join(tmp(), 'o.md');
    const result = swa(['overzicht', ...GEMEENTEN, 'bestaat-niet.yaml', '--out', out, ...DATUM]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('bestaat-niet.yaml');
    expect(existsSync(out)).toBe(false);
  });

  it('an existing, different file is not replaced without --force', () => {
    const out = join(tmp(), 'o.csv');
    writeFileSync(out, 'van de gebruiker');
    const refused = swa(['overzicht', ...GEMEENTEN, '--out', out, ...DATUM]);
    expect(refused.code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('van de gebruiker');
    const forced = swa(['overzicht', ...GEMEENTEN, '--out', out, '--force', ...DATUM]);
    expect(forced.code).toBe(0);
    expect(readFileSync(out, 'utf8').startsWith('\uFEFFGemeente;')).toBe(true);
  });

  it('only a base file: exit 2, a Dutch hint to give the gemeenten, and nothing written', () => {
    const out = join(tmp(), 'o.md');
    const result = swa(['overzicht', `${DIR}/regio-waterland-zuid.yaml`, '--out', out, ...DATUM]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('basisbestand (basis: true), geen gemeentebestanden');
    expect(result.stderr).not.toContain('    at ');
    expect(existsSync(out)).toBe(false);
  });

  it('an unknown format', () => {
    const result = swa(['overzicht', ...GEMEENTEN, '--format', 'pdf']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('docx, xlsx, markdown, csv');
  });
});
