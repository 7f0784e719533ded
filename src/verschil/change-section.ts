/**
 * The section that opens a redline: "Wijzigingen ten opzichte van versie X", with per onderdeel a
 * table of the agreements that are gewijzigd, nieuw or vervallen. It is WordprocessingML in the
 * rendered document's own styles, and not itself a tracked change.
 */
import { ONDERDELEN, type Onderdeel } from '../findings.js';
import { groupOf, ONDERDEEL_INFO } from '../core/domain/onderdelen.js';
import type { Change } from './changes.js';
import { xmlAttribute, xmlText } from '../report/xml.js';

export interface SectionVersions {
  /** How the old version is named: its document.versie, or the git revision it was read from. */
  old: string;
  /** The new version's document.versie, when it has one. */
  new: string | null;
}

const WIDTHS = [4300, 1500, 3270] as const;
const BORDER = 'w:val="single" w:color="A6A6A6" w:sz="4"';
const MARGINS =
  '<w:tcMar><w:top w:type="dxa" w:w="60"/><w:left w:type="dxa" w:w="100"/><w:bottom w:type="dxa" w:w="60"/><w:right w:type="dxa" w:w="100"/></w:tcMar>';

function paragraph(
  text: string,
  {
    style,
    bold = false,
    keepNext = false,
    pageBreak = false,
    spaceBefore = false,
  }: { style?: string; bold?: boolean; keepNext?: boolean; pageBreak?: boolean; spaceBefore?: boolean } = {},
): string {
  const pPr = [
    style ? `<w:pStyle w:val="${style}"/>` : '',
    keepNext ? '<w:keepNext/>' : '',
    pageBreak ? '<w:pageBreakBefore/>' : '',
    spaceBefore ? '<w:spacing w:before="240"/>' : '',
  ].join('');
  const rPr = bold ? '<w:rPr><w:b/><w:bCs/></w:rPr>' : '';
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r>${rPr}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r></w:p>`;
}

function cell(text: string, width: number, header: boolean): string {
  const shading = header ? '<w:shd w:fill="DCE6F2" w:color="auto" w:val="clear"/>' : '';
  return `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${shading}${MARGINS}</w:tcPr>${paragraph(text, { style: 'tabel', bold: header, keepNext: header })}</w:tc>`;
}

function row(texts: readonly string[], header: boolean): string {
  return `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>${texts.map((text, i) => cell(text, WIDTHS[i]!, header)).join('')}</w:tr>`;
}

function table(title: string, changes: readonly Change[]): string {
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} ${BORDER}/>`).join('');
  const caption = `<w:tblCaption w:val="${xmlAttribute(title)}"/><w:tblDescription w:val="Per afspraak: het nummer en het begin van de tekst, of zij gewijzigd, nieuw of vervallen is, en waar zij in het afsprakenbestand staat."/>`;
  const rows = changes.map((change) =>
    row([change.summary && change.summary !== change.label ? `${change.label} — ${change.summary}` : change.label, change.kind, change.path], false),
  );
  return `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="9070"/><w:tblBorders>${borders}</w:tblBorders>${caption}</w:tblPr><w:tblGrid>${WIDTHS.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${row(['Afspraak', 'Wijziging', 'In het afsprakenbestand'], true)}${rows.join('')}</w:tbl>`;
}

/** "c — Taakverdeling", "d.iii — Betrokkenheid, … : Samenwerking in de fase …", or "Overige gegevens". */
function groupTitle(onderdeel: Onderdeel | null): string {
  if (onderdeel === null) return 'Overige gegevens';
  const info = ONDERDEEL_INFO[onderdeel];
  if (onderdeel.startsWith('voorwaarde.')) return `Voorwaarde — ${info.titel}`;
  const group = groupOf(onderdeel);
  return group ? `${onderdeel} — ${group.titel}: ${info.titel}` : `${onderdeel} — ${info.titel}`;
}

function changeSectionTitle(versions: SectionVersions): string {
  return `Wijzigingen ten opzichte van versie ${versions.old}`;
}

/** The whole section as body XML, starting on a page of its own. */
export function changeSectionXml(changes: readonly Change[], versions: SectionVersions): string {
  const parts = [paragraph(changeSectionTitle(versions), { style: 'inhoud-kop', pageBreak: true, keepNext: true })];
  const current = versions.new ? `versie ${versions.new}` : 'de nieuwe versie';
  parts.push(
    paragraph(
      `Dit document is ${current}. Wat sinds versie ${versions.old} in de tekst is veranderd, staat erin als bijgehouden wijziging: nieuwe tekst onderstreept, vervallen tekst doorgehaald. In Word vindt u ze onder Controleren › Wijzigingen bijhouden, in LibreOffice onder Bewerken › Wijzigingen bijhouden; daar kunt u ze ook accepteren of weigeren. Dit overzicht zelf is geen wijziging.`,
    ),
  );
  if (changes.length === 0) {
    parts.push(paragraph('De afspraken zelf zijn niet gewijzigd.'));
    return parts.join('');
  }
  for (const onderdeel of [...ONDERDELEN, null]) {
    const group = changes.filter((change) => change.onderdeel === onderdeel);
    if (group.length === 0) continue;
    const title = groupTitle(onderdeel);
    parts.push(paragraph(title, { bold: true, keepNext: true, spaceBefore: true }), table(`Wijzigingen: ${title}`, group));
  }
  return parts.join('');
}
