import type { IParagraphStyleOptions, ISectionOptions, IStylesOptions, INumberingOptions } from 'docx';

/**
 * The look of every document render writes: page, styles, the bullet list and the section. The
 * parts made from them (styles, numbering, settings, …) are the same in every document; docx
 * compiles them when swa is built (word-shared-compile.ts), so render never loads docx.
 */

// docx's enum values written out (BorderStyle.SINGLE, LineRuleType.AUTO, and below LevelFormat.BULLET
// and AlignmentType as strings): importing the enums would load all of docx with this module.
const SINGLE = 'single';
const AUTO = 'auto';

/** A4 with 2.5 cm margins; the text column is 16 cm = 9070 twips wide. */
const PAGE = { width: 11906, height: 16838, margin: 1418 };
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
const ACCENT = '1F4E79';

/** Paragraph styles that templates may name with <p stijl="…">. */
const PARAGRAPH_STYLES: IParagraphStyleOptions[] = [
  { id: 'voorblad', name: 'Voorblad', basedOn: 'Normal', run: { size: 28, color: ACCENT }, paragraph: { spacing: { before: 1800, after: 240 } } },
  { id: 'ondertitel', name: 'Ondertitel voorblad', basedOn: 'Normal', run: { size: 28, color: '404040' }, paragraph: { spacing: { before: 120, after: 480 } } },
  {
    id: 'concept',
    name: 'Conceptmarkering',
    basedOn: 'Normal',
    run: { size: 36, bold: true, color: 'C00000', characterSpacing: 60 },
    paragraph: {
      spacing: { before: 120, after: 480 },
      border: {
        top: { style: SINGLE, size: 12, color: 'C00000', space: 4 },
        bottom: { style: SINGLE, size: 12, color: 'C00000', space: 4 },
      },
    },
  },
  {
    id: 'inhoud-kop',
    name: 'Kop inhoudsopgave',
    basedOn: 'Normal',
    next: 'Normal',
    run: { size: 32, bold: true, color: ACCENT },
    paragraph: { spacing: { before: 0, after: 240 } },
  },
  // The box stays in one piece and its heading stays with it (Heading keepNext); the box itself does
  // not keep with the next block, and its footnote sits on the label. LibreOffice breaks longer keep
  // chains, and kept-together paragraphs with a footnote at the end, on pages that hold footnotes,
  // leaving a heading alone at the bottom; this combination did so least often.
  {
    id: 'leidraad',
    name: 'Leidraadcitaat',
    basedOn: 'Normal',
    run: { size: 20, color: '262626' },
    paragraph: {
      spacing: { before: 120, after: 200, line: 264, lineRule: AUTO },
      indent: { left: 170, right: 170 },
      keepLines: true,
      shading: { type: 'clear', color: 'auto', fill: 'EEF3F8' },
      border: { left: { style: SINGLE, size: 24, color: ACCENT, space: 6 } },
    },
  },
  // No keepNext in the style: an agreement stays with its own details only (see keepsWithNext),
  // else a chapter of short agreements becomes one unbreakable chain.
  { id: 'afspraak', name: 'Afspraak', basedOn: 'Normal', paragraph: { spacing: { before: 120, after: 40 }, indent: { left: 794, hanging: 794 } } },
  {
    id: 'afspraak-detail',
    name: 'Afspraak detail',
    basedOn: 'Normal',
    run: { size: 19, color: '404040' },
    paragraph: { spacing: { before: 0, after: 40 }, indent: { left: 794 } },
  },
  {
    id: 'klein',
    name: 'Kleine tekst',
    basedOn: 'Normal',
    run: { size: 18, color: '595959' },
    paragraph: { spacing: { before: 20, after: 40, line: 240, lineRule: AUTO } },
  },
  {
    id: 'ondertekening-kop',
    name: 'Kop ondertekening',
    basedOn: 'Normal',
    next: 'Normal',
    run: { bold: true, color: ACCENT },
    paragraph: { spacing: { before: 360, after: 80 }, keepNext: true },
  },
  {
    id: 'tussenruimte',
    name: 'Ruimte tussen tabellen',
    basedOn: 'Normal',
    run: { size: 12 },
    paragraph: { spacing: { before: 240, after: 0, line: 240, lineRule: AUTO } },
  },
  {
    id: 'tabel',
    name: 'Tabeltekst',
    basedOn: 'Normal',
    run: { size: 20 },
    paragraph: { spacing: { before: 20, after: 20, line: 252, lineRule: AUTO } },
  },
  // 595959 on white is 7:1; the lighter grey of before (7F7F7F, 4.0:1) was below WCAG AA for 8 pt text.
  {
    id: 'koptekst',
    name: 'Koptekst swa',
    basedOn: 'Normal',
    run: { size: 16, color: '595959' },
    paragraph: { spacing: { after: 0 }, border: { bottom: { style: SINGLE, size: 4, color: 'BFBFBF', space: 4 } } },
  },
  {
    id: 'voettekst',
    name: 'Voettekst swa',
    basedOn: 'Normal',
    run: { size: 16, color: '595959' },
    paragraph: { spacing: { after: 0 }, alignment: 'right' },
  },
  // Tight enough that the contents, with the sub-headings of the chapters that have no sections, fit on one page.
  { id: 'TOC1', name: 'toc 1', basedOn: 'Normal', next: 'Normal', paragraph: { spacing: { before: 60, after: 0, line: 252, lineRule: AUTO } } },
  {
    id: 'TOC2',
    name: 'toc 2',
    basedOn: 'Normal',
    next: 'Normal',
    paragraph: { spacing: { before: 0, after: 0, line: 252, lineRule: AUTO }, indent: { left: 440 } },
  },
];
export const STYLE_IDS: ReadonlySet<string> = new Set(PARAGRAPH_STYLES.map((s) => s.id));
/** Word's built-in styles that templates may name in Dutch. */
export const BUILT_IN: Readonly<Record<string, string>> = { titel: 'Title' };

export const DOCUMENT_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: 'Calibri', size: 22, language: { value: 'nl-NL' } },
      paragraph: { spacing: { after: 120, line: 276, lineRule: AUTO } },
    },
    title: { run: { size: 52, bold: true, color: ACCENT }, paragraph: { spacing: { before: 0, after: 240 } } },
    heading1: { run: { size: 32, bold: true, color: ACCENT }, paragraph: { spacing: { before: 480, after: 160 }, keepNext: true, keepLines: true } },
    heading2: { run: { size: 26, bold: true, color: ACCENT }, paragraph: { spacing: { before: 320, after: 100 }, keepNext: true, keepLines: true } },
    heading3: { run: { size: 22, bold: true, color: '262626' }, paragraph: { spacing: { before: 220, after: 60 }, keepNext: true, keepLines: true } },
    footnoteText: { run: { size: 17 } },
  },
  paragraphStyles: PARAGRAPH_STYLES,
};

/** The one list of the documents: a bullet list, `numbering: { reference: LIST_REFERENCE, level: 0 }`. */
export const LIST_REFERENCE = 'opsomming';

export const DOCUMENT_NUMBERING: INumberingOptions = {
  config: [
    {
      reference: LIST_REFERENCE,
      levels: [{ level: 0, format: 'bullet', text: '•', alignment: 'left', style: { paragraph: { indent: { left: 357, hanging: 357 } } } }],
    },
  ],
};

/** A4 portrait, a first page of its own (the cover: no header or footer). */
export const SECTION_PROPERTIES: ISectionOptions['properties'] = {
  titlePage: true,
  page: {
    size: { width: PAGE.width, height: PAGE.height },
    margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: 709, footer: 709 },
  },
};

/** The w:numId of the bullet list in word/numbering.xml: docx numbers its own default list 1, and ours next. */
export const LIST_NUMBER_ID = 2;
