import type { Block, Inline, TableRow as MarkupRow } from './markup.js';
import { columnsOf, MarkupError } from './markup.js';
import { BUILT_IN, LIST_NUMBER_ID, STYLE_IDS, TEXT_WIDTH } from './word-styles.js';
import { bookmarkEnd, bookmarkStart, headingTitle, runs, type TableCaption, type WriteState } from './word-runs.js';
import { decimal, twips } from './word-xml.js';

/** A heading a table of contents lists: its level (1 or 2), its title, and the id of the _Toc bookmark around it. */
export interface TocHeading {
  level: 1 | 2;
  title: string;
  id: number;
}

/** Where the body's tables of contents go; null when the body has none (then docx bookmarks no heading). */
export interface TocCollector {
  headings: TocHeading[];
}

interface BlockContext {
  inTable: boolean;
  keepNext?: boolean;
  /** Set on the block after a <nieuwe-pagina/>: it starts the new page itself. */
  pageBreakBefore?: boolean;
  centred?: boolean;
}

/** What a block wrote, and whether it ended with a paragraph (a table cell must, see cellXml). */
interface Written {
  xml: string;
  endsWithParagraph: boolean;
}

/**
 * The place of a table of contents in the body, filled in once all headings are known (word-toc.ts).
 * No written text can hold it: xmlEscape drops the NUL.
 */
export const TOC_PLACEHOLDER = '\u0000toc\u0000';

function style(stijl: string | null): string | undefined {
  if (stijl === null) return undefined;
  if (BUILT_IN[stijl]) return BUILT_IN[stijl];
  if (!STYLE_IDS.has(stijl)) {
    const known = [...Object.keys(BUILT_IN), ...[...STYLE_IDS].filter((s) => !s.startsWith('TOC'))];
    throw new MarkupError(`Onbekende stijl "${stijl}". Beschikbaar: ${known.join(', ')}.`, null, `stijl="${stijl}"`, 1);
  }
  return stijl;
}

interface ParagraphOptions {
  style?: string | undefined;
  keepNext?: boolean | undefined;
  pageBreakBefore?: boolean | undefined;
  list?: boolean;
  centred?: boolean | undefined;
}

/** w:pPr in docx's order, left out when empty. */
function paragraphProperties(options: ParagraphOptions): string {
  let xml = '';
  if (options.style !== undefined) xml += `<w:pStyle w:val="${options.style}"/>`;
  if (options.keepNext) xml += '<w:keepNext/>';
  if (options.pageBreakBefore) xml += '<w:pageBreakBefore/>';
  if (options.list) xml += `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${LIST_NUMBER_ID}"/></w:numPr>`;
  if (options.centred) xml += '<w:jc w:val="center"/>';
  return xml === '' ? '' : `<w:pPr>${xml}</w:pPr>`;
}

function paragraphXml(options: ParagraphOptions, content: string): string {
  const properties = paragraphProperties(options);
  return properties === '' && content === '' ? '<w:p/>' : `<w:p>${properties}${content}</w:p>`;
}

function headingNumber(block: Extract<Block, { kind: 'heading' }>, state: WriteState): Inline[] {
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

/**
 * A heading; with a table of contents in the body, a heading of level 1 or 2 with text gets a
 * _Toc bookmark around its runs (docx's fillTablesOfContents, whose text test is a trim()).
 */
function headingXml(block: Extract<Block, { kind: 'heading' }>, state: WriteState, toc: TocCollector | null, pageBreakBefore: boolean | undefined): string {
  const content = headingNumber(block, state);
  const properties = paragraphProperties({ style: `Heading${block.level}`, pageBreakBefore });
  const runsXml = runs(content, state);
  const title = block.level === 3 || toc === null ? '' : headingTitle(content);
  if (title.trim() === '') return `<w:p>${properties}${runsXml}</w:p>`;
  const id = ++state.bookmark;
  toc!.headings.push({ level: block.level as 1 | 2, title, id });
  return `<w:p>${properties}${bookmarkStart(`_Toc${id}`, id)}${runsXml}${bookmarkEnd(id)}</w:p>`;
}

function blockXml(block: Block, state: WriteState, toc: TocCollector | null, context: BlockContext): Written {
  const pageBreakBefore = context.pageBreakBefore || undefined;
  switch (block.kind) {
    case 'heading':
      return { xml: headingXml(block, state, toc, pageBreakBefore), endsWithParagraph: true };
    case 'paragraph':
      return {
        xml: paragraphXml(
          { style: style(block.stijl) ?? (context.inTable ? 'tabel' : undefined), keepNext: context.keepNext, pageBreakBefore, centred: context.centred },
          runs(block.content, state),
        ),
        endsWithParagraph: true,
      };
    case 'list': {
      if (block.items.length > 0) state.list = true;
      let xml = '';
      block.items.forEach((item, index) => {
        const options = { style: context.inTable ? 'tabel' : 'ListParagraph', pageBreakBefore: index === 0 ? pageBreakBefore : undefined, list: true };
        xml += paragraphXml(options, runs(item, state));
      });
      return { xml, endsWithParagraph: block.items.length > 0 };
    }
    case 'toc':
      return { xml: TOC_PLACEHOLDER, endsWithParagraph: false };
    case 'pagebreak':
      return { xml: '<w:p><w:r><w:br w:type="page"/></w:r></w:p>', endsWithParagraph: true };
    case 'table':
      return { xml: tableXml(block, state, toc), endsWithParagraph: false };
  }
}

/** A page break becomes a property of the paragraph after it (see bodyXml); these can carry it. */
function canStartPage(block: Block | undefined): boolean {
  return block !== undefined && (block.kind === 'heading' || block.kind === 'paragraph' || block.kind === 'list');
}

/**
 * The body in Word terms. A <nieuwe-pagina/> followed by a paragraph, heading or list is not an
 * empty paragraph of its own but "page break before" on that block: an empty break paragraph that
 * lands at the top of a page (after a full page of signature tables) made a blank page. Before a
 * table, a table of contents or at the end, it stays a paragraph with a page break.
 */
export function bodyXml(body: readonly Block[], state: WriteState, toc: TocCollector | null): string {
  let xml = '';
  body.forEach((block, index) => {
    if (block.kind === 'pagebreak' && canStartPage(body[index + 1])) return;
    const pageBreakBefore = body[index - 1]?.kind === 'pagebreak' && canStartPage(block);
    // Two tables with nothing between them are one table to Word; a small empty paragraph keeps them apart.
    if (block.kind === 'table' && body[index - 1]?.kind === 'table') xml += paragraphXml({ style: 'tussenruimte', keepNext: true }, '');
    xml += blockXml(block, state, toc, { inTable: false, keepNext: keepsWithNext(block, body[index + 1]), pageBreakBefore }).xml;
  });
  return xml;
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

function cellText(blocks: readonly Block[]): string {
  return blocks
    .flatMap((b) => (b.kind === 'paragraph' ? b.content : []))
    .map((part) => (part.kind === 'text' ? part.text : ''))
    .join('')
    .trim();
}

function isSubheadingRow(row: MarkupRow, columns: number): boolean {
  return columns > 1 && row.cells.length === 1 && row.cells[0]!.span === columns;
}

const SINGLE = 'w:val="single" w:color="A6A6A6" w:sz="4"';
const NONE = 'w:val="none" w:color="auto" w:sz="0"';
const CELL_MARGINS =
  '<w:tcMar><w:top w:type="dxa" w:w="60"/><w:left w:type="dxa" w:w="100"/><w:bottom w:type="dxa" w:w="60"/><w:right w:type="dxa" w:w="100"/></w:tcMar>';

function bordersXml(open: boolean): string {
  const side = open ? NONE : SINGLE;
  return `<w:tblBorders><w:top ${SINGLE}/><w:left ${side}/><w:bottom ${SINGLE}/><w:right ${side}/><w:insideH ${SINGLE}/><w:insideV ${side}/></w:tblBorders>`;
}

/** Checks in docx's order: a cell's content before its width, a row's cells before its height, the rows before the table's style. */
function tableXml(block: Extract<Block, { kind: 'table' }>, state: WriteState, toc: TocCollector | null): string {
  // Before the rows: a table inside a cell comes after its own table in the document.
  state.tables.push(tableCaption(block));
  const columns = block.widths?.length ?? Math.max(1, ...block.rows.map(columnsOf));
  const weights = block.widths ?? Array.from({ length: columns }, () => 1);
  const total = weights.reduce((sum, w) => sum + w, 0);
  const widths = weights.map((w) => Math.round((w / total) * TEXT_WIDTH));
  let rowsXml = '';
  block.rows.forEach((row, rowIndex) => {
    const keepNext = rowKeepsWithNext(block, rowIndex, columns);
    const subheading = isSubheadingRow(row, columns);
    let column = 0;
    let cellsXml = '';
    for (const cell of row.cells) {
      const width = widths.slice(column, column + cell.span).reduce((sum, w) => sum + w, 0) || widths.at(-1)!;
      column += cell.span;
      const fill = cell.header ? 'DCE6F2' : subheading ? 'F2F2F2' : null;
      const content = cellXml(cell.blocks, cell.header, state, toc, { keepNext, centred: cell.centred });
      const properties =
        `<w:tcW w:type="dxa" w:w="${decimal(width)}"/>` +
        (cell.span > 1 ? `<w:gridSpan w:val="${decimal(cell.span)}"/>` : '') +
        (fill ? `<w:shd w:fill="${fill}" w:color="auto" w:val="clear"/>` : '') +
        CELL_MARGINS;
      cellsXml += `<w:tc><w:tcPr>${properties}</w:tcPr>${content}</w:tc>`;
    }
    const height = row.hoogte ? `<w:trHeight w:val="${twips(Math.round(row.hoogte * 56.7))}" w:hRule="atLeast"/>` : '';
    // docx writes no row without cells.
    if (row.cells.length > 0)
      rowsXml += `<w:tr><w:trPr><w:cantSplit/>${row.header ? '<w:tblHeader/>' : '<w:tblHeader w:val="off"/>'}${height}</w:trPr>${cellsXml}</w:tr>`;
  });
  if (block.stijl !== null && block.stijl !== 'open') {
    throw new MarkupError(`Onbekende tabelstijl "${block.stijl}". Beschikbaar: open (alleen lijnen tussen de rijen).`, null, `stijl="${block.stijl}"`, 1);
  }
  const grid = widths.map((w) => `<w:gridCol w:w="${twips(w)}"/>`).join('');
  return `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${TEXT_WIDTH}"/>${bordersXml(block.stijl === 'open')}</w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rowsXml}</w:tbl>`;
}

/** A cell's content; it ends with a paragraph, as Word requires (docx adds an empty one after a table). */
function cellXml(
  blocks: readonly Block[],
  header: boolean,
  state: WriteState,
  toc: TocCollector | null,
  { keepNext, centred }: { keepNext: boolean; centred: boolean },
): string {
  if (blocks.length === 0) return paragraphXml({ style: 'tabel', keepNext }, '');
  let xml = '';
  let endsWithParagraph = false;
  for (const block of blocks) {
    if (block.kind === 'toc' || block.kind === 'pagebreak')
      throw new MarkupError(
        `<${block.kind === 'toc' ? 'inhoudsopgave' : 'nieuwe-pagina'}/> kan niet in een tabel staan.`,
        null,
        block.kind === 'toc' ? '<inhoudsopgave/>' : '<nieuwe-pagina/>',
        1,
      );
    if (header && block.kind === 'paragraph' && block.stijl === null) {
      xml += paragraphXml({ style: 'tabel', keepNext, centred }, runs(block.content, state, true));
      endsWithParagraph = true;
      continue;
    }
    const written = blockXml(block, state, toc, { inTable: true, keepNext, centred });
    xml += written.xml;
    if (written.xml !== '') endsWithParagraph = written.endsWithParagraph;
  }
  return endsWithParagraph ? xml : `${xml}<w:p/>`;
}

/** The paragraphs of the header or the footer; nothing else may stand there. */
export function headerFooterXml(blocks: readonly Block[], state: WriteState, defaultStyle: string): string {
  let xml = '';
  for (const block of blocks) {
    if (block.kind !== 'paragraph') throw new MarkupError("In de kop- en voettekst kunnen alleen alinea's (<p>) staan.", null, '', 1);
    xml += paragraphXml({ style: style(block.stijl) ?? defaultStyle }, runs(block.content, state));
  }
  return xml;
}
