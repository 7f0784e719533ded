import { KOLOMMEN, NIET_TE_CONTROLEREN, type Overzicht } from './model.js';

/**
 * CSV as Excel in a Dutch locale opens it by double-click: `;` between fields (the comma is the
 * decimal separator there), a UTF-8 byte order mark (otherwise é and ✓ come out garbled) and
 * CRLF line ends. Dates stay JJJJ-MM-DD so they sort.
 */
export function overzichtCsv(overzicht: Overzicht): string {
  const header = ['Gemeente', 'CBS-code', 'Bestand', ...KOLOMMEN.map((k) => k.kop), 'Open punten', 'Volgende evaluatie', 'Evaluatie verlopen'];
  const rows = overzicht.rijen.map((rij) => [
    rij.gemeente,
    rij.cbsCode ?? '',
    rij.file,
    ...KOLOMMEN.map((k) => rij.statussen?.[k.id] ?? NIET_TE_CONTROLEREN),
    String(rij.openPunten),
    rij.volgendeEvaluatie ?? '',
    rij.volgendeEvaluatie ? (rij.evaluatieVerlopen ? 'ja' : 'nee') : '',
  ]);
  return `\uFEFF${[header, ...rows].map((cells) => cells.map(field).join(';')).join('\r\n')}\r\n`;
}

function field(value: string): string {
  // A cell starting with = + - @ is a formula to a spreadsheet; a quote mark makes it text.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
