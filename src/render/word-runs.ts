import { withoutXmlInvalid } from '../core/domain/xml-chars.js';
import { markerName } from './content-controls.js';
import type { BronMark, Inline } from './markup.js';
import { xmlEscape } from './word-xml.js';

/** What a screen reader announces for a table: its caption and its description. */
export interface TableCaption {
  titel: string;
  beschrijving: string;
}

/**
 * The text of the body as `readWordText` (word/word-text.ts) reads it back from word/document.xml,
 * known while it is written: render's original-text record is made from it instead of parsing the
 * document it just wrote (measured: that parse was ≈ 9 % of a document's time).
 */
export interface BodyText {
  /** The text of each marked value of the body, by marker number. */
  controls: string[];
  /** Every paragraph of the body that holds a run, in document order; a marked value in it written as ⟦n⟧. */
  paragraphs: string[];
}

/** What writing a document collects on its way, besides the XML. */
export interface WriteState {
  /** The text of each footnote; footnote n is footnotes[n - 1]. */
  footnotes: string[];
  chapter: number;
  section: number;
  /** The last bookmark id given out in this document (normalise.ts numbers them again, in order of appearance). */
  bookmark: number;
  /** Whether a list item was written: word/numbering.xml then holds the list's numbering. */
  list: boolean;
  /** Caption and description of every table, in document order (normalise.ts writes them into the tables). */
  tables: TableCaption[];
  /** The origin of every text from the agreements file, by marker number (content-controls.ts makes them content controls). */
  controls: BronMark[];
  /** What word/document.xml says, collected while the body is written; null for the header and footer. */
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

/** A paragraph's text as docx reads it for a table of contents: the texts as given, a tab and a line break as such. */
export function headingTitle(content: readonly Inline[]): string {
  let text = '';
  for (const part of content) {
    if (part.kind === 'text') text += part.text;
    else if (part.kind === 'break') text += '\n';
    else if (part.kind === 'tab') text += '\t';
  }
  return text;
}

const BOLD = '<w:b/><w:bCs/>';
const ITALIC = '<w:i/><w:iCs/>';
/** An open point stands out: dark red on yellow. */
const OPEN = '<w:color w:val="7F0000"/><w:highlight w:val="yellow"/>';

/** Only what the markup asks for: an explicit "not bold" would override the paragraph style. */
function runProperties(bold: boolean, italic: boolean, open: boolean): string {
  if (!bold && !italic && !open) return '';
  return `<w:rPr>${bold ? BOLD : ''}${italic ? ITALIC : ''}${open ? OPEN : ''}</w:rPr>`;
}

export function textRun(text: string, properties = ''): string {
  return `<w:r>${properties}<w:t xml:space="preserve">${xmlEscape(text)}</w:t></w:r>`;
}

function field(instruction: string, properties: string): string {
  return (
    `<w:r>${properties}<w:fldChar w:fldCharType="begin"/></w:r>` +
    `<w:r>${properties}<w:instrText xml:space="preserve">${instruction}</w:instrText></w:r>` +
    `<w:r>${properties}<w:fldChar w:fldCharType="separate"/></w:r>` +
    `<w:r>${properties}<w:fldChar w:fldCharType="end"/></w:r>`
  );
}

export function bookmarkStart(name: string, id: number): string {
  return `<w:bookmarkStart w:name="${name}" w:id="${id}"/>`;
}

export function bookmarkEnd(id: number): string {
  return `<w:bookmarkEnd w:id="${id}"/>`;
}

/** A paragraph's runs; each text from the agreements file inside a marker bookmark (see content-controls.ts). */
export function runs(content: readonly Inline[], state: WriteState, baseBold = false): string {
  let starts = 0;
  for (const part of content) if (part.kind === 'bron') starts += 1;
  const wholeParagraph = starts === 1 && content[0]?.kind === 'bron' && content.at(-1)?.kind === 'bron-einde';
  const text = state.text;
  let xml = '';
  let paragraph = '';
  for (let i = 0; i < content.length; i += 1) {
    const part = content[i]!;
    if (part.kind === 'bron-einde') continue;
    if (part.kind !== 'bron') {
      xml += plainRun(part, state, baseBold);
      if (text) paragraph += inlineText(part);
      continue;
    }
    let end = i + 1;
    while (end < content.length && content[end]!.kind !== 'bron-einde') end += 1;
    const index = state.controls.push({ pad: part.pad, label: part.label, afgeleid: part.afgeleid }) - 1;
    const id = ++state.bookmark;
    xml += bookmarkStart(markerName(index, wholeParagraph), id);
    for (let j = i + 1; j < end; j += 1) xml += plainRun(content[j]!, state, baseBold);
    xml += bookmarkEnd(id);
    if (text) {
      text.controls[index] = inlinesText(content.slice(i + 1, end));
      paragraph += `⟦${index}⟧`;
    }
    i = end;
  }
  if (text && paragraph !== '') text.paragraphs.push(paragraph);
  return xml;
}

function plainRun(part: Inline, state: WriteState, baseBold: boolean): string {
  switch (part.kind) {
    case 'bron':
    case 'bron-einde':
      return '';
    case 'break':
      return '<w:r><w:br/></w:r>';
    case 'tab':
      return '<w:r><w:tab/></w:r>';
    case 'voetnoot': {
      const id = state.footnotes.push(part.text);
      return `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
    }
    case 'pagina':
    case 'paginas':
      return field(part.kind === 'pagina' ? 'PAGE' : 'NUMPAGES', runProperties(part.bold || baseBold, part.italic, false));
    default:
      return textRun(part.text, runProperties(part.bold || baseBold || part.open, part.italic, part.open));
  }
}

/** footnotes.xml's footnotes after docx's two separators: each a paragraph with its number and its text. */
export function footnotesXml(footnotes: readonly string[]): string {
  let xml = '';
  footnotes.forEach((text, index) => {
    xml += `<w:footnote w:id="${index + 1}"><w:p><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>${textRun(` ${text}`)}</w:p></w:footnote>`;
  });
  return xml;
}
