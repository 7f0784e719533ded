import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  PageNumber,
  PageOrientation,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { OnderdeelStatus } from '../findings.js';
import { dutchDate } from '../core/domain/dates.js';
import { LEIDRAAD_BRON } from '../core/domain/onderdelen.js';
import { normaliseDocx } from '../render/normalise.js';
import { evaluatieTekst, KOLOMMEN, NIET_TE_CONTROLEREN, STATUS_LABEL, titel, type Overzicht } from './model.js';

/** A4 landscape in twentieths of a point, with 1.5 cm margins. */
const PAGE = { width: 11906, height: 16838, margin: 850 };
const USABLE = PAGE.height - 2 * PAGE.margin;
const WIDTHS = { gemeente: 1900, open: 760, evaluatie: 1380 };
/** Soft hyphens where Dutch breaks these words, for the narrow status columns. */
const HYPHENATED: Record<string, string> = {
  onvolledig: 'onvol\u00ADledig',
  Aansluiting: 'Aan\u00ADsluiting',
  'niet te controleren': 'niet te contro\u00ADleren',
};
const hyphenate = (text: string): string => HYPHENATED[text] ?? text;

/** Light fills: they help on screen, but the symbol and the word carry the meaning. */
const FILL: Record<OnderdeelStatus, string> = { compleet: 'E2EFDA', onvolledig: 'FFF2CC', ontbreekt: 'F8CBAD' };

export async function overzichtDocx(overzicht: Overzicht, tool: { name: string; version: string }): Promise<Uint8Array> {
  const statusWidth = Math.floor((USABLE - WIDTHS.gemeente - WIDTHS.open - WIDTHS.evaluatie) / KOLOMMEN.length);
  const widths = [WIDTHS.gemeente, ...KOLOMMEN.map(() => statusWidth), WIDTHS.open, WIDTHS.evaluatie];
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: ['Gemeente', ...KOLOMMEN.map((k) => k.kop), 'Open punten', 'Volgende evaluatie'].map((text, i) =>
      cell([new TextRun({ text: hyphenate(text), bold: true })], widths[i]!, { fill: 'D9D9D9', center: i > 0 }),
    ),
  });
  const rows = overzicht.rijen.map(
    (rij) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell([new TextRun({ text: rij.gemeente, bold: true }), ...(rij.cbsCode ? [new TextRun({ text: rij.cbsCode, break: 1, size: 14 })] : [])], widths[0]!),
          ...KOLOMMEN.map((k, i) => {
            const status = rij.statussen?.[k.id];
            if (!status) return cell([new TextRun({ text: hyphenate(NIET_TE_CONTROLEREN), italics: true, size: 16 })], widths[i + 1]!, { center: true });
            const label = STATUS_LABEL[status];
            return cell([new TextRun({ text: label.symbool, bold: true }), new TextRun({ text: hyphenate(label.woord), break: 1, size: 16 })], widths[i + 1]!, {
              fill: FILL[status],
              center: true,
            });
          }),
          cell([new TextRun({ text: String(rij.openPunten), bold: rij.openPunten > 0 })], widths.at(-2)!, { center: true }),
          cell([new TextRun({ text: evaluatieTekst(rij), bold: rij.evaluatieVerlopen })], widths.at(-1)!),
        ],
      }),
  );

  const legend = KOLOMMEN.map(
    (k) => new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: `${k.kop}: `, bold: true }), new TextRun(k.titel)] }),
  );
  const notes = [
    new Paragraph({
      spacing: { before: 200 },
      children: [
        new TextRun('Open punten: de fouten en waarschuwingen die swa check voor de gemeente meldt, ook als ze uit het basisbestand van de regio komen.'),
      ],
    }),
    ...(overzicht.basisbestanden.length > 0
      ? [new Paragraph({ children: [new TextRun(`Basisbestand (geen gemeente, dus geen rij): ${overzicht.basisbestanden.join(', ')}.`)] })]
      : []),
  ];

  const document = new Document({
    creator: `${tool.name} ${tool.version}`,
    lastModifiedBy: tool.name,
    title: titel(overzicht),
    description: `Stand per ${overzicht.today}`,
    revision: 1,
    styles: { default: { document: { run: { font: 'Calibri', size: 18, language: { value: 'nl-NL' } } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ children: ['Pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(titel(overzicht))] }),
          new Paragraph({
            children: [
              new TextRun(`Stand per ${dutchDate(overzicht.today)}, volgens de ${LEIDRAAD_BRON}. `),
              new TextRun(
                `Per onderdeel: ${Object.values(STATUS_LABEL)
                  .map((l) => `${l.symbool} ${l.woord}`)
                  .join(', ')}.`,
              ),
            ],
          }),
          overzicht.rijen.length === 0
            ? new Paragraph({ children: [new TextRun({ text: 'Geen gemeentebestanden gevonden.', italics: true })] })
            : new Table({
                rows: [header, ...rows],
                width: { size: USABLE, type: WidthType.DXA },
                columnWidths: widths,
                layout: TableLayoutType.FIXED,
                borders: tableBorders(),
              }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, spacing: { before: 240 }, children: [new TextRun('Onderdelen')] }),
          ...legend,
          ...notes,
        ],
      },
    ],
  });
  // The caption and description a screen reader announces for the table (see render/normalise.ts).
  const tables =
    overzicht.rijen.length === 0
      ? []
      : [
          {
            titel: titel(overzicht),
            beschrijving: 'Per gemeente de stand van elk onderdeel (compleet, onvolledig of ontbreekt), het aantal open punten en de volgende evaluatie.',
          },
        ];
  return normaliseDocx(await Packer.toBuffer(document), { datum: overzicht.today, version: null, contentStatus: null, tables });
}

function cell(children: TextRun[], width: number, options: { fill?: string; center?: boolean } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 40, bottom: 40, left: 40, right: 40 },
    ...(options.fill ? { shading: { fill: options.fill, type: ShadingType.CLEAR, color: 'auto' } } : {}),
    children: [new Paragraph({ alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT, spacing: { after: 0 }, children })],
  });
}

function tableBorders() {
  const line = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
  return { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
}
