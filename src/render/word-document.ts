import type { Block, BronMark } from './markup.js';
import type { PackageParts } from './normalise.js';
import { bodyXml, headerFooterXml, TOC_PLACEHOLDER, type TocCollector } from './word-blocks.js';
import { aroundContent, sharedParts } from './word-package.js';
import { footnotesXml, type BodyText, type TableCaption, type WriteState } from './word-runs.js';
import { tocXml } from './word-toc.js';
import { xmlEscape } from './word-xml.js';

export interface DocumentParts {
  body: Block[];
  header: Block[];
  footer: Block[];
}

export interface CoreProperties {
  title: string;
  subject: string;
  creator: string;
  description: string;
  keywords: string;
}

/** The parts a document has of its own, each with the frame docx writes around its content. */
interface Frames {
  document: { open: string; close: string };
  header: { open: string; close: string };
  footer: { open: string; close: string };
  footnotes: { open: string; close: string };
  core: string;
  custom: { open: string; close: string };
}

let frames: Frames | undefined;

function framesOf(parts: PackageParts): Frames {
  const text = (name: string): string => {
    const xml = parts.get(name);
    if (typeof xml !== 'string') throw new Error(`docx: ${name} ontbreekt`);
    return xml;
  };
  const split = (name: string, marker: string, keep: 'before' | 'after'): { open: string; close: string } => {
    const xml = text(name);
    const at = xml.indexOf(marker);
    if (at < 0) throw new Error(`docx: ${name} heeft niet de verwachte vorm`);
    const cut = keep === 'before' ? at + marker.length : at;
    return { open: xml.slice(0, cut), close: xml.slice(cut) };
  };
  return {
    // Up to the body's content, and from the section's properties that end it (the list variant's body holds a list item).
    document: { open: split('word/document.xml', '<w:body>', 'before').open, close: split('word/document.xml', '<w:sectPr>', 'after').close },
    header: aroundContent(parts, 'word/header1.xml'),
    footer: aroundContent(parts, 'word/footer1.xml'),
    footnotes: split('word/footnotes.xml', '</w:footnotes>', 'after'),
    core: /^[\s\S]*?<cp:coreProperties\b[^>]*>/.exec(text('docProps/core.xml'))?.[0] ?? '',
    custom: aroundContent(parts, 'docProps/custom.xml'),
  };
}

/** Stands in for docx's "now"; normalise.ts writes the document's own date over it. */
const CREATED = '1980-01-01T00:00:00.000Z';

function coreXml(frame: string, properties: CoreProperties): string {
  const element = (name: string, value: string): string => (value ? `<${name}>${xmlEscape(value)}</${name}>` : '');
  return (
    frame +
    element('dc:title', properties.title) +
    element('dc:subject', properties.subject) +
    element('dc:creator', properties.creator) +
    element('cp:keywords', properties.keywords) +
    element('dc:description', properties.description) +
    element('cp:lastModifiedBy', properties.creator) +
    `<cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">${CREATED}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${CREATED}</dcterms:modified></cp:coreProperties>`
  );
}

function customXml(frame: { open: string; close: string }, properties: ReadonlyArray<{ name: string; value: string }>): string {
  let xml = '';
  properties.forEach(({ name, value }, index) => {
    xml += `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${index + 2}" name="${xmlEscape(name)}"><vt:lpwstr>${xmlEscape(value)}</vt:lpwstr></property>`;
  });
  return frame.open + xml + frame.close;
}

function withContent(frame: { open: string; close: string }, content: string, empty: string): string {
  return content === '' ? empty : frame.open + content + frame.close;
}

/**
 * Writes the parsed markup as a Word document's package: the parts of its own (body, header, footer,
 * footnotes, properties) written directly as XML, the others shared (word-package.ts). The XML is
 * what docx 9 compiled from its object model, byte for byte (test/render/word-writer.test.ts holds
 * the two side by side). Building docx's objects and compiling them was ≈ 65 % of a document's time;
 * measured: `swa render --kernen 1` of 342 documents 24.7 s → 9.8 s of CPU (best of 3, --per-partner
 * 86 s → 31 s); in a CPU profile the writer is ≈ 0.7 s of it, normalise.ts ≈ 4.9 s.
 * Also returns the captions of the tables (docx cannot write them; normalise.ts does), the origin of
 * each marked text and the body's text. `customProperties` go into docProps/custom.xml (swa's own
 * `swa-…` properties, see document-seal.ts).
 */
export function writeDocument(
  parts: DocumentParts,
  properties: CoreProperties,
  customProperties: ReadonlyArray<{ name: string; value: string }> = [],
): { parts: PackageParts; tables: TableCaption[]; controls: BronMark[]; text: BodyText } {
  const text: BodyText = { controls: [], paragraphs: [] };
  const state: WriteState = { footnotes: [], chapter: 0, section: 0, bookmark: 0, list: false, tables: [], controls: [], text };
  const toc: TocCollector | null = parts.body.some((block) => block.kind === 'toc') ? { headings: [] } : null;
  let body = bodyXml(parts.body, state, toc);
  state.text = null;
  const header = headerFooterXml(parts.header, state, 'koptekst');
  const footer = headerFooterXml(parts.footer, state, 'voettekst');
  if (toc) body = body.split(TOC_PLACEHOLDER).join(tocXml(toc.headings));

  const shared = sharedParts(state.list);
  frames ??= framesOf(shared);
  const result: PackageParts = new Map(shared);
  result.set('word/document.xml', frames.document.open + body + frames.document.close);
  result.set('word/header1.xml', withContent(frames.header, header, shared.get('word/header1.xml') as string));
  result.set('word/footer1.xml', withContent(frames.footer, footer, shared.get('word/footer1.xml') as string));
  result.set('word/footnotes.xml', frames.footnotes.open + footnotesXml(state.footnotes) + frames.footnotes.close);
  result.set('docProps/core.xml', coreXml(frames.core, properties));
  if (customProperties.length > 0) result.set('docProps/custom.xml', customXml(frames.custom, customProperties));
  return { parts: result, tables: state.tables, controls: state.controls, text };
}
