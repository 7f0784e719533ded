import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { swa } from '../helpers/cli.js';

const DIR = 'examples/regio-voorbeeld';
const INPUTS = [`${DIR}/regio-waterland-zuid.yaml`, ...['oosterdijk', 'waterstad', 'zuiderpolder'].map((g) => `${DIR}/gemeenten/${g}.yaml`)];
const DATUM = ['--datum', '2026-11-23'];
const KOLOMMEN = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'Visie', 'Aansluiting', 'Evaluatie'];

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'swa-xlsx-'));
}

describe('swa overzicht --out overzicht.xlsx', () => {
  const dir = tmp();
  const out = join(dir, 'overzicht.xlsx');
  let result: ReturnType<typeof swa>;
  let sheet: ExcelJS.Worksheet;
  let csv: Array<Record<string, string>>;
  beforeAll(async () => {
    result = swa(['overzicht', ...INPUTS, ...DATUM, '--out', out]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    sheet = workbook.getWorksheet('Overzicht')!;
    // The same overview as CSV: the workbook must say what it says, cell for cell.
    const [header, ...rows] = swa(['overzicht', ...INPUTS, ...DATUM, '--format', 'csv'])
      .stdout.slice(1)
      .trimEnd()
      .split('\r\n')
      .map((line) => line.split(';'));
    csv = rows.map((cells) => Object.fromEntries(header!.map((h, i) => [h, cells[i]!])));
  });
  const header = (): string[] => (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const record = (gemeente: string): Record<string, unknown> => {
    const row = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === gemeente)!;
    return Object.fromEntries(header().map((h, i) => [h, row.getCell(i + 1).value]));
  };

  it('is a real workbook (a zip with a worksheet), written with exit 0', () => {
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('3 gemeenten');
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('has a header with one column per onderdeel, a frozen header row and gemeente column, and filters', () => {
    expect(header()).toEqual(['Gemeente', 'CBS-code', ...KOLOMMEN, 'Open punten', 'Volgende evaluatie', 'Evaluatie verlopen', 'Bestand']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 1 });
    const xml = strFromU8(unzipSync(readFileSync(out))['xl/worksheets/sheet1.xml']!);
    expect(xml).toMatch(/<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"\/>/);
    expect(xml).toMatch(/<autoFilter ref="A1:S1"\/>/);
  });

  it('has a row per gemeente with the same statuses, open points and evaluation as the CSV', () => {
    expect(sheet.rowCount).toBe(1 + csv.length);
    for (const expected of csv) {
      const row = record(expected.Gemeente!);
      expect(row['CBS-code']).toBe(expected['CBS-code']);
      for (const kolom of KOLOMMEN) expect(String(row[kolom])).toMatch(new RegExp(`^. ${expected[kolom]}$`));
      // Numbers and dates are real numbers and dates, so they sort and filter.
      expect(row['Open punten']).toBe(Number(expected['Open punten']));
      expect((row['Volgende evaluatie'] as Date).toISOString().slice(0, 10)).toBe(expected['Volgende evaluatie']);
      expect(row['Evaluatie verlopen']).toBe(expected['Evaluatie verlopen']);
      expect(row.Bestand).toBe(expected.Bestand);
    }
  });

  it('is the same, byte for byte, when made again later in another time zone', () => {
    const again = join(dir, 'opnieuw.xlsx');
    const second = swa(['overzicht', ...INPUTS, ...DATUM, '--out', again], { env: { TZ: 'Pacific/Auckland' } });
    expect(second.code, second.stderr).toBe(0);
    expect(readFileSync(again).equals(readFileSync(out))).toBe(true);
    expect(strFromU8(unzipSync(readFileSync(out))['docProps/core.xml']!)).toContain('>2026-11-23T00:00:00Z</dcterms:created>');
  });
});

describe('swa overzicht: the file name and the format agree', () => {
  it('refuses Markdown into a file called .xlsx: exit 2, Dutch, nothing written', () => {
    const out = join(tmp(), 'overzicht.xlsx');
    const result = swa(['overzicht', ...INPUTS, ...DATUM, '--format', 'markdown', '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--format markdown past niet bij de bestandsnaam');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an unknown extension: exit 2, naming the ones it knows', () => {
    const out = join(tmp(), 'overzicht.txt');
    const result = swa(['overzicht', ...INPUTS, ...DATUM, '--out', out]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('de extensie .txt is onbekend');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });
});

describe('the workbook stays readable whatever the files hold', () => {
  it('every XML part is well-formed for any gemeente name, CBS code or file name (property)', async () => {
    const { overzichtXlsx } = await import('../../src/overzicht/xlsx.js');
    const { xmlProblem } = await import('../../src/render/xml-parts.js');
    // Characters XML forbids or that break markup, mixed with ordinary ones; any code point besides.
    const awkward = fc.constantFrom('a', 'é', '\u0000', '\u0001', '\u001b', '\uFFFE', '\uFFFF', '\uD800', '\uDC00', '<', '&', ']]>', '\u202E', '=');
    const anyText = fc.string({ unit: fc.oneof(awkward, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 20 });
    await fc.assert(
      fc.asyncProperty(anyText, anyText, anyText, async (gemeente, cbs, file) => {
        const rij = { gemeente, cbsCode: cbs, file, statussen: null, openPunten: 1, volgendeEvaluatie: null, evaluatieVerlopen: false };
        const parts = unzipSync(
          await overzichtXlsx({ today: '2026-11-23', regio: gemeente, rijen: [rij], basisbestanden: [file] }, { name: 'swa', version: '0' }),
        );
        for (const [name, bytes] of Object.entries(parts)) if (/\.(xml|rels)$/.test(name)) expect(xmlProblem(strFromU8(bytes)), name).toBeUndefined();
      }),
      { numRuns: 30 },
    );
  });
});
