/**
 * The test oracle of the direct writer (src/render/word-document.ts): the builder render used until
 * the writer replaced it, kept as it was. It makes the document from docx's object model; docx's
 * compile of it is what the writer must write, byte for byte (test/render/word-writer.test.ts).
 */
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  FootnoteReferenceRun,
  Footer,
  Header,
  HeadingLevel,
  HeightRule,
  Packer,
  PageBreak,
  PageNumber,
  Tab,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Block, BronMark, Inline, TableRow as MarkupRow } from '../../src/render/markup.js';
import { markerName } from '../../src/render/content-controls.js';
import { columnsOf, MarkupError } from '../../src/render/markup.js';
import { withoutXmlInvalid } from '../../src/core/domain/xml-chars.js';
import { BUILT_IN, DOCUMENT_NUMBERING, DOCUMENT_STYLES, SECTION_PROPERTIES, STYLE_IDS, TEXT_WIDTH } from '../../src/render/word-styles.js';
import type { CoreProperties, DocumentParts } from '../../src/render/word-document.js';
import type { BodyText, TableCaption } from '../../src/render/word-runs.js';

const GREY_BORDER = 'A6A6A6';

interface BuildState {
  footnotes: Record<number, { children: Paragraph[] }>;
  nextFootnote: number;
  chapter: number;
  section: number;
  /** Caption and description of every table, in document order (normalise.ts writes them into the tables). */
  tables: TableCaption[];
  /** The origin of every text from the agreements file, by marker number (content-controls.ts makes them content controls). */
  controls: BronMark[];
  /** What word/document.xml says, collected while the body is built; null for the header and footer. */
  text: BodyText | null;
}

/** Control characters docx drops from a text (its escapeText); XML-invalid characters are replaced later (normalise.ts). */
const DOCX_DROPPED = /[\x00-\x08\x0B\x0C\x0E-\x1F]/g;

/** The text an inline part puts into word/document.xml, as word-text.ts reads it. */
function inlineText(part: Inline): string {
  switch (part.kind) {
    case 'text':
      return withoutXmlInvalid(part.text.replace(DOCX_DROPPED, ''));
    case 'break':
      return '\n';
    case 'tab':
      return '\t';
    default:
      return '';
  }
}

function inlinesText(content: readonly Inline[]): string {
  let text = '';
  for (const part of content) text += inlineText(part);
  return text;
}

/** Only what the markup asks for: an explicit "not bold" would override the paragraph style. */
function emphasis(bold: boolean | undefined, italic: boolean): { bold?: true; italics?: true } {
  return { ...(bold ? { bold: true } : {}), ...(italic ? { italics: true } : {}) };
}

/** A paragraph's runs; each text from the agreements file inside a marker bookmark (see content-controls.ts). */
function runs(content: Inline[], state: BuildState, base: { bold?: boolean } = {}): ParagraphChild[] {
  const starts = content.filter((part) => part.kind === 'bron').length;
  const wholeParagraph = starts === 1 && content[0]?.kind === 'bron' && content.at(-1)?.kind === 'bron-einde';
  const result: ParagraphChild[] = [];
  const text = state.text;
  let paragraph = '';
  for (let i = 0; i < content.length; i += 1) {
    const part = content[i]!;
    if (part.kind === 'bron-einde') continue;
    if (part.kind !== 'bron') {
      result.push(...plainRuns([part], state, base));
      if (text) paragraph += inlineText(part);
      continue;
    }
    const end = content.findIndex((p, j) => j > i && p.kind === 'bron-einde');
    const inner = content.slice(i + 1, end < 0 ? content.length : end);
    const index = state.controls.push({ pad: part.pad, label: part.label, afgeleid: part.afgeleid }) - 1;
    result.push(new Bookmark({ id: markerName(index, wholeParagraph), children: plainRuns(inner, state, base) }));
    if (text) {
      text.controls[index] = inlinesText(inner);
      paragraph += `⟦${index}⟧`;
    }
    i = end < 0 ? content.length : end;
  }
  if (text && paragraph !== '') text.paragraphs.push(paragraph);
  return result;
}

function plainRuns(content: Inline[], state: BuildState, base: { bold?: boolean }): Array<Exclude<ParagraphChild, Bookmark>> {
  return content.flatMap((part): Array<Exclude<ParagraphChild, Bookmark>> => {
    switch (part.kind) {
      case 'bron':
      case 'bron-einde':
        return [];
      case 'break':
        return [new TextRun({ break: 1 })];
      case 'tab':
        return [new TextRun({ children: [new Tab()] })];
      case 'voetnoot': {
        const id = state.nextFootnote++;
        state.footnotes[id] = { children: [new Paragraph({ children: [new TextRun(` ${part.text}`)] })] };
        return [new FootnoteReferenceRun(id)];
      }
      case 'pagina':
      case 'paginas':
        return [
          new TextRun({ children: [part.kind === 'pagina' ? PageNumber.CURRENT : PageNumber.TOTAL_PAGES], ...emphasis(part.bold || base.bold, part.italic) }),
        ];
      default:
        return [
          new TextRun({
            text: part.text,
            ...emphasis(part.bold || base.bold || part.open, part.italic),
            ...(part.open ? { highlight: 'yellow' as const, color: '7F0000' } : {}),
          }),
        ];
    }
  });
}

function style(stijl: string | null): string | undefined {
  if (stijl === null) return undefined;
  if (BUILT_IN[stijl]) return BUILT_IN[stijl];
  if (!STYLE_IDS.has(stijl)) {
    const known = [...Object.keys(BUILT_IN), ...[...STYLE_IDS].filter((s) => !s.startsWith('TOC'))];
    throw new MarkupError(`Onbekende stijl "${stijl}". Beschikbaar: ${known.join(', ')}.`, null, `stijl="${stijl}"`, 1);
  }
  return stijl;
}

function headingText(block: Extract<Block, { kind: 'heading' }>, state: BuildState): Inline[] {
  if (!block.numbered || block.level === 3) return block.content;
  let number: string;
  if (block.level === 1) {
    state.chapter += 1;
    state.section = 0;
    number = String(state.chapter);
  } else {
    state.section += 1;
    number = `${state.chapter}.${state.section}`;
  }
  return [{ kind: 'text', text: `${number}\u2003`, bold: false, italic: false, open: false }, ...block.content];
}

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

interface BlockContext {
  inTable: boolean;
  keepNext?: boolean;
  /** Set on the block after a <nieuwe-pagina/>: it starts the new page itself. */
  pageBreakBefore?: boolean;
  alignment?: (typeof AlignmentType)[keyof typeof AlignmentType];
}

function blockToDocx(block: Block, state: BuildState, context: BlockContext): Array<Paragraph | Table | TableOfContents> {
  const pageBreakBefore = context.pageBreakBefore || undefined;
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[block.level], pageBreakBefore, children: runs(headingText(block, state), state) })];
    case 'paragraph':
      return [
        new Paragraph({
          style: style(block.stijl) ?? (context.inTable ? 'tabel' : undefined),
          keepNext: context.keepNext || undefined,
          pageBreakBefore,
          alignment: context.alignment,
          children: runs(block.content, state),
        }),
      ];
    case 'list':
      return block.items.map(
        (item, index) =>
          new Paragraph({
            style: context.inTable ? 'tabel' : undefined,
            pageBreakBefore: index === 0 ? pageBreakBefore : undefined,
            numbering: { reference: 'opsomming', level: 0 },
            children: runs(item, state),
          }),
      );
    case 'toc':
      return [new TableOfContents('Inhoudsopgave', { hyperlink: true, headingStyleRange: '1-2' })];
    case 'pagebreak':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'table':
      return [table(block, state)];
  }
}

/** A page break becomes a property of the paragraph after it (see bodyToDocx); these can carry it. */
function canStartPage(block: Block | undefined): boolean {
  return block !== undefined && (block.kind === 'heading' || block.kind === 'paragraph' || block.kind === 'list');
}

/**
 * The body in Word terms. A <nieuwe-pagina/> followed by a paragraph, heading or list is not an
 * empty paragraph of its own but "page break before" on that block: an empty break paragraph that
 * lands at the top of a page (after a full page of signature tables) made a blank page. Before a
 * table, a table of contents or at the end, it stays a paragraph with a page break.
 */
function bodyToDocx(body: Block[], state: BuildState): Array<Paragraph | Table | TableOfContents> {
  return body.flatMap((block, index) => {
    if (block.kind === 'pagebreak' && canStartPage(body[index + 1])) return [];
    const pageBreakBefore = body[index - 1]?.kind === 'pagebreak' && canStartPage(block);
    const converted = blockToDocx(block, state, { inTable: false, keepNext: keepsWithNext(block, body[index + 1]), pageBreakBefore });
    // Two tables with nothing between them are one table to Word; a small empty paragraph keeps them apart.
    return block.kind === 'table' && body[index - 1]?.kind === 'table'
      ? [new Paragraph({ style: 'tussenruimte', keepNext: true, children: [] }), ...converted]
      : converted;
  });
}

/**
 * A body paragraph that must stay on the page of the block after it, beyond what its style says
 * (headings, the leidraad box and a signature heading keep with the next block by style): the
 * sentence that introduces a table or list, and an agreement with its own details.
 */
function keepsWithNext(block: Block, next: Block | undefined): boolean {
  if (block.kind !== 'paragraph' || next === undefined) return false;
  if (next.kind === 'table' || next.kind === 'list') return true;
  return next.kind === 'paragraph' && next.stijl === 'afspraak-detail' && (block.stijl === 'afspraak' || block.stijl === 'afspraak-detail');
}

/**
 * A table with column headers may break between any two rows: only the header stays with the first
 * row (and repeats on the next page), and a sub-heading row (one cell across all columns) stays with
 * the row under it. A short table whose header is one cell across all columns, or that has no header
 * (facts, a signature block), stays in one piece.
 */
function rowKeepsWithNext(block: Extract<Block, { kind: 'table' }>, rowIndex: number, columns: number): boolean {
  const row = block.rows[rowIndex]!;
  if (rowIndex === block.rows.length - 1) return false;
  if (row.header || isSubheadingRow(row, columns)) return true;
  const columnHeaders = block.rows.some((r) => r.header && !isSubheadingRow(r, columns));
  return !columnHeaders && block.rows.length <= 8;
}

/** A table's caption and description; a template that gives none gets its header row as caption. */
function tableCaption(block: Extract<Block, { kind: 'table' }>): TableCaption {
  const header = block.rows.find((r) => r.header);
  const headerText = header
    ? header.cells
        .map((cell) => cellText(cell.blocks))
        .filter((t) => t !== '')
        .join(', ')
    : '';
  const titel = block.titel ?? (headerText || 'Tabel');
  return { titel, beschrijving: block.beschrijving ?? titel };
}

function cellText(blocks: Block[]): string {
  return blocks
    .flatMap((b) => (b.kind === 'paragraph' ? b.content : []))
    .map((part) => (part.kind === 'text' ? part.text : ''))
    .join('')
    .trim();
}

function isSubheadingRow(row: MarkupRow, columns: number): boolean {
  return columns > 1 && row.cells.length === 1 && row.cells[0]!.span === columns;
}

function table(block: Extract<Block, { kind: 'table' }>, state: BuildState): Table {
  // Before the rows: a table inside a cell comes after its own table in the document.
  state.tables.push(tableCaption(block));
  const columns = block.widths?.length ?? Math.max(1, ...block.rows.map(columnsOf));
  const weights = block.widths ?? Array.from({ length: columns }, () => 1);
  const total = weights.reduce((sum, w) => sum + w, 0);
  const twips = weights.map((w) => Math.round((w / total) * TEXT_WIDTH));
  const border = { style: BorderStyle.SINGLE, size: 4, color: GREY_BORDER };
  const rows = block.rows.map((row: MarkupRow, rowIndex) => {
    const keepNext = rowKeepsWithNext(block, rowIndex, columns);
    const subheading = isSubheadingRow(row, columns);
    let column = 0;
    return new TableRow({
      tableHeader: row.header,
      cantSplit: true,
      ...(row.hoogte ? { height: { value: Math.round(row.hoogte * 56.7), rule: HeightRule.ATLEAST } } : {}),
      children: row.cells.map((cell) => {
        const width = twips.slice(column, column + cell.span).reduce((sum, w) => sum + w, 0) || twips.at(-1)!;
        column += cell.span;
        const fill = cell.header ? 'DCE6F2' : subheading ? 'F2F2F2' : null;
        return new TableCell({
          width: { size: width, type: WidthType.DXA },
          ...(cell.span > 1 ? { columnSpan: cell.span } : {}),
          margins: { top: 60, bottom: 60, left: 100, right: 100 },
          ...(fill ? { shading: { type: 'clear', color: 'auto', fill } } : {}),
          children: cellContent(cell.blocks, cell.header, state, { keepNext, centred: cell.centred }),
        });
      }),
    });
  });
  if (block.stijl !== null && block.stijl !== 'open') {
    throw new MarkupError(`Onbekende tabelstijl "${block.stijl}". Beschikbaar: open (alleen lijnen tussen de rijen).`, null, `stijl="${block.stijl}"`, 1);
  }
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
  const borders =
    block.stijl === 'open'
      ? { top: border, bottom: border, left: none, right: none, insideHorizontal: border, insideVertical: none }
      : { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };
  return new Table({ rows, width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths: twips, borders });
}

function cellContent(
  blocks: Block[],
  header: boolean,
  state: BuildState,
  { keepNext, centred }: { keepNext: boolean; centred: boolean },
): Array<Paragraph | Table> {
  if (blocks.length === 0) return [new Paragraph({ style: 'tabel', keepNext: keepNext || undefined, children: [] })];
  const alignment = centred ? AlignmentType.CENTER : undefined;
  return blocks.flatMap((block): Array<Paragraph | Table> => {
    if (block.kind === 'toc' || block.kind === 'pagebreak')
      throw new MarkupError(
        `<${block.kind === 'toc' ? 'inhoudsopgave' : 'nieuwe-pagina'}/> kan niet in een tabel staan.`,
        null,
        block.kind === 'toc' ? '<inhoudsopgave/>' : '<nieuwe-pagina/>',
        1,
      );
    if (header && block.kind === 'paragraph' && block.stijl === null) {
      return [new Paragraph({ style: 'tabel', keepNext: keepNext || undefined, alignment, children: runs(block.content, state, { bold: true }) })];
    }
    return blockToDocx(block, state, { inTable: true, keepNext, alignment }) as Array<Paragraph | Table>;
  });
}

function headerFooterParagraphs(blocks: Block[], state: BuildState, defaultStyle: string): Paragraph[] {
  return blocks.flatMap((block) => {
    if (block.kind !== 'paragraph') throw new MarkupError("In de kop- en voettekst kunnen alleen alinea's (<p>) staan.", null, '', 1);
    return [new Paragraph({ style: style(block.stijl) ?? defaultStyle, children: runs(block.content, state) })];
  });
}

/**
 * Turns the parsed markup into a Word document with real heading styles, footnotes and fields, and
 * the captions of its tables (docx cannot write them; normaliseDocx does).
 * `customProperties` go into docProps/custom.xml (swa's own `swa-…` properties, see document-seal.ts).
 */
function buildDocx(
  parts: DocumentParts,
  properties: CoreProperties,
  customProperties: ReadonlyArray<{ name: string; value: string }> = [],
): { document: Document; tables: TableCaption[]; controls: BronMark[]; text: BodyText } {
  const text: BodyText = { controls: [], paragraphs: [] };
  const state: BuildState = { footnotes: {}, nextFootnote: 1, chapter: 0, section: 0, tables: [], controls: [], text };
  const children = bodyToDocx(parts.body, state);
  state.text = null;
  const header = headerFooterParagraphs(parts.header, state, 'koptekst');
  const footer = headerFooterParagraphs(parts.footer, state, 'voettekst');
  const document = new Document({
    ...properties,
    customProperties,
    lastModifiedBy: properties.creator,
    revision: 1,
    features: { updateFields: true },
    footnotes: state.footnotes,
    styles: DOCUMENT_STYLES,
    numbering: DOCUMENT_NUMBERING,
    sections: [
      {
        properties: SECTION_PROPERTIES,
        headers: { default: new Header({ children: header }), first: new Header({ children: [] }) },
        footers: { default: new Footer({ children: footer }), first: new Footer({ children: [] }) },
        children,
      },
    ],
  });
  return { document, tables: state.tables, controls: state.controls, text };
}

/** The oracle's package parts: docx's compile of the document buildDocx made, with what buildDocx returns beside it. */
export function oracleParts(
  parts: DocumentParts,
  properties: CoreProperties,
  customProperties: ReadonlyArray<{ name: string; value: string }> = [],
): { parts: Map<string, string | Uint8Array>; tables: TableCaption[]; controls: BronMark[]; text: BodyText } {
  const built = buildDocx(parts, properties, customProperties);
  const compiler = (Packer as unknown as { compiler: { compile(document: Document): Map<string, string | Uint8Array> } }).compiler;
  return { parts: compiler.compile(built.document), tables: built.tables, controls: built.controls, text: built.text };
}
