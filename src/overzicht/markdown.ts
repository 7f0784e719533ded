import { dutchDate } from '../core/domain/dates.js';
import { LEIDRAAD_BRON } from '../core/domain/onderdelen.js';
import { evaluatieTekst, KOLOMMEN, NIET_TE_CONTROLEREN, STATUS_LABEL, titel, type Overzicht } from './model.js';

export function overzichtMarkdown(overzicht: Overzicht): string {
  const lines = [`# ${titel(overzicht)}`, ''];
  lines.push(`Stand per ${dutchDate(overzicht.today)}, volgens de ${LEIDRAAD_BRON}.`, '');
  lines.push(
    `Legenda: ${Object.values(STATUS_LABEL)
      .map((l) => `${l.symbool} ${l.woord}`)
      .join(', ')}.`,
    '',
  );
  const header = ['Gemeente', ...KOLOMMEN.map((k) => k.kop), 'Open punten', 'Volgende evaluatie'];
  lines.push(row(header), row(header.map((_, i) => (i === 0 ? '---' : i <= KOLOMMEN.length ? ':-:' : '---'))));
  for (const rij of overzicht.rijen) {
    const naam = rij.cbsCode ? `${rij.gemeente} (${rij.cbsCode})` : rij.gemeente;
    const cells = KOLOMMEN.map((k) => {
      const status = rij.statussen?.[k.id];
      return status ? `${STATUS_LABEL[status].symbool} ${STATUS_LABEL[status].woord}` : NIET_TE_CONTROLEREN;
    });
    lines.push(row([naam, ...cells, String(rij.openPunten), evaluatieTekst(rij)]));
  }
  if (overzicht.rijen.length === 0) lines.push('', '_Geen gemeentebestanden gevonden._');
  lines.push('', '## Onderdelen', '');
  for (const k of KOLOMMEN) lines.push(`- **${k.kop}**: ${k.titel}`);
  lines.push('', 'Open punten: de fouten en waarschuwingen die `swa check` voor de gemeente meldt, ook als ze uit het basisbestand komen.');
  if (overzicht.basisbestanden.length > 0) {
    lines.push('', `Basisbestand${overzicht.basisbestanden.length > 1 ? 'en' : ''} (geen gemeente, dus geen rij): ${overzicht.basisbestanden.join(', ')}.`);
  }
  return `${lines.join('\n')}\n`;
}

function row(cells: readonly string[]): string {
  return `| ${cells.map((cell) => cell.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replaceAll('\n', ' ')).join(' | ')} |`;
}
