import type { Workbook, Worksheet } from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import type { OnderdeelStatus } from '../findings.js';
import { dutchDate } from '../core/domain/dates.js';
import { LEIDRAAD_BRON } from '../core/domain/onderdelen.js';
import { zipTime } from '../render/normalise.js';
import { cleanXmlParts } from '../render/xml-parts.js';
import { withoutXmlInvalid } from '../core/domain/xml-chars.js';
import { KOLOMMEN, NIET_TE_CONTROLEREN, STATUS_LABEL, titel, type Overzicht } from './model.js';

/** Light fills as in the Word overview: a help on screen; symbol and word carry the meaning. */
const FILL: Record<OnderdeelStatus, string> = { compleet: 'FFE2EFDA', onvolledig: 'FFFFF2CC', ontbreekt: 'FFF8CBAD' };

/**
 * The overview as a real workbook: one row per gemeente, one column per onderdeel, a frozen header
 * row and gemeente column, and filters on the header. Statuses are text (symbol and word, so a
 * filter on "ontbreekt" works), the open points a number and the next evaluation a date, so both
 * sort. The same files on the same --datum give the same bytes: the workbook's dates are --datum
 * and the zip is written again with a fixed entry time (exceljs stamps entries with "now").
 */
export async function overzichtXlsx(overzicht: Overzicht, tool: { name: string; version: string }): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook: Workbook = new ExcelJS.Workbook();
  const [year, month, day] = overzicht.today.split('-').map(Number) as [number, number, number];
  const stamp = new Date(Date.UTC(year, month - 1, day));
  Object.assign(workbook, { creator: `${tool.name} ${tool.version}`, lastModifiedBy: tool.name, created: stamp, modified: stamp, title: titel(overzicht) });

  const sheet = workbook.addWorksheet('Overzicht', { views: [{ state: 'frozen', xSplit: 1, ySplit: 1, activeCell: 'B2' }] });
  sheet.columns = [
    { header: 'Gemeente', key: 'gemeente', width: 24 },
    { header: 'CBS-code', key: 'cbs', width: 10 },
    ...KOLOMMEN.map((k) => ({ header: k.kop, key: `k-${k.id}`, width: Math.max(13, k.kop.length + 4) })),
    { header: 'Open punten', key: 'open', width: 12 },
    { header: 'Volgende evaluatie', key: 'evaluatie', width: 18 },
    { header: 'Evaluatie verlopen', key: 'verlopen', width: 18 },
    { header: 'Bestand', key: 'bestand', width: 40 },
  ];
  for (const rij of overzicht.rijen) {
    const row = sheet.addRow({
      gemeente: text(rij.gemeente),
      cbs: text(rij.cbsCode ?? ''),
      ...Object.fromEntries(
        KOLOMMEN.map((k) => {
          const status = rij.statussen?.[k.id];
          return [`k-${k.id}`, status ? `${STATUS_LABEL[status].symbool} ${STATUS_LABEL[status].woord}` : NIET_TE_CONTROLEREN];
        }),
      ),
      open: rij.openPunten,
      evaluatie: rij.volgendeEvaluatie ? utcDate(rij.volgendeEvaluatie) : '',
      verlopen: rij.volgendeEvaluatie ? (rij.evaluatieVerlopen ? 'ja' : 'nee') : '',
      bestand: text(rij.file),
    });
    KOLOMMEN.forEach((k) => {
      const status = rij.statussen?.[k.id];
      if (status) row.getCell(`k-${k.id}`).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[status] } };
    });
  }
  styleHeader(sheet);
  sheet.getColumn('evaluatie').numFmt = 'd-m-yyyy';
  for (const key of KOLOMMEN.map((k) => `k-${k.id}`)) sheet.getColumn(key).alignment = { horizontal: 'center' };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columnCount } };

  const legend = workbook.addWorksheet('Toelichting');
  legend.columns = [{ width: 16 }, { width: 90 }];
  legend.addRow([text(titel(overzicht))]).font = { bold: true, size: 14 };
  legend.addRow([`Stand per ${dutchDate(overzicht.today)}, volgens de ${LEIDRAAD_BRON}.`]);
  legend.addRow([]);
  legend.addRow(['Kolom', 'Betekenis']).font = { bold: true };
  for (const k of KOLOMMEN) legend.addRow([k.kop, k.titel]);
  legend.addRow(['Open punten', 'De fouten en waarschuwingen die swa check voor de gemeente meldt, ook als ze uit het basisbestand van de regio komen.']);
  legend.addRow([
    'Status',
    `${Object.values(STATUS_LABEL)
      .map((l) => `${l.symbool} ${l.woord}`)
      .join(', ')}; ${NIET_TE_CONTROLEREN} bij een bestand met fouten in de YAML of het schema.`,
  ]);
  if (overzicht.basisbestanden.length > 0) legend.addRow(['Basisbestand', text(`${overzicht.basisbestanden.join(', ')} (geen gemeente, dus geen rij).`)]);

  return fixedZip(new Uint8Array(await workbook.xlsx.writeBuffer()), year, month, day);
}

function styleHeader(sheet: Worksheet): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
  });
}

/** Text from a file as a cell: a character XML cannot carry (U+FFFE, C0 controls) would make the workbook unreadable. */
function text(value: string): string {
  return withoutXmlInvalid(value);
}

/** A date without a time of day; exceljs converts it to Excel's serial number from UTC. */
function utcDate(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

/** The same parts in a zip with a fixed entry time, without the directory entries exceljs adds. */
function fixedZip(packed: Uint8Array, year: number, month: number, day: number): Uint8Array {
  const parts = Object.fromEntries(Object.entries(unzipSync(packed)).filter(([name]) => !name.endsWith('/')));
  cleanXmlParts(parts);
  return zipSync(parts, { level: 6, mtime: zipTime(year, month, day) });
}
