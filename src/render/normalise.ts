import { strFromU8, strToU8, unzipSync } from 'fflate';
import { zipParts } from './zip.js';
import { xmlAttribute, xmlText } from '../report/xml.js';
import { assertWellFormedParts, cleanAndAssertWellFormed } from './xml-parts.js';
import { addControlsPart, withContentControls } from './content-controls.js';
import type { BronMark } from './markup.js';

export interface NormaliseOptions {
  /** The document's own date (YYYY-MM-DD): the only date written into the package. */
  datum: string;
  version: string | null;
  /** "Concept" or "Vastgesteld"; left out for documents without a status, such as the overzicht. */
  contentStatus: string | null;
  /** The caption and description of each table of word/document.xml, in document order. */
  tables?: ReadonlyArray<{ titel: string; beschrijving: string }>;
  /** The origin of each marked text, by marker number: the markers become content controls (content-controls.ts). */
  controls?: readonly BronMark[];
  /** Last change to the parts before they are zipped (render seals its documents here, see document-seal.ts). */
  finishParts?: (parts: Record<string, Uint8Array>) => void;
}

/** The zip format (and fflate) only knows 1980–2099; a document dated outside gets the nearest year. */
export function zipTime(year: number, month: number, day: number): Date {
  const inRange = Math.min(2099, Math.max(1980, year));
  // fflate writes entry times from local components, so the date is built from local components too.
  return inRange === year ? new Date(year, month - 1, day, 12, 0, 0) : new Date(inRange, 0, 1, 12, 0, 0);
}

/**
 * Writes each table's caption and description into its properties (w:tblCaption and
 * w:tblDescription close w:tblPr in the schema's order), which docx 9 has no option for: screen
 * readers announce them, and EN 301 549 / WCAG 1.3.1 asks that a table says what it holds.
 */
function withTableCaptions(xml: string, tables: ReadonlyArray<{ titel: string; beschrijving: string }>): string {
  let index = 0;
  const result = xml.replace(/<\/w:tblPr>/g, () => {
    const table = tables[index++];
    if (!table) return '</w:tblPr>';
    return `<w:tblCaption w:val="${xmlAttribute(table.titel)}"/><w:tblDescription w:val="${xmlAttribute(table.beschrijving)}"/></w:tblPr>`;
  });
  if (index !== tables.length) throw new Error(`${tables.length} tabelbeschrijvingen voor ${index} tabellen`);
  return result;
}

/** A package's parts by path, in zip order: XML as text (as docx compiles it), anything else as bytes. */
export type PackageParts = Map<string, string | Uint8Array>;

const isXmlPart = (name: string): boolean => name.endsWith('.xml') || name.endsWith('.rels');

/**
 * Makes a packed .docx (the overzicht) byte-identical for the same input; see normaliseParts.
 */
export function normaliseDocx(packed: Uint8Array, options: NormaliseOptions): Uint8Array {
  const parts: PackageParts = new Map();
  for (const [name, bytes] of Object.entries(unzipSync(packed))) parts.set(name, isXmlPart(name) ? strFromU8(bytes) : bytes);
  return normaliseParts(parts, options);
}

/**
 * The last text of each part this process wrote, cleaned and checked, with its bytes. Most parts
 * (styles, theme, settings, numbering, relationships, …) are the same in every document of a batch:
 * such a part is neither checked nor encoded again. Never changed in place: the bytes are shared.
 */
const earlierParts = new Map<string, { text: string; bytes: Uint8Array }>();

/**
 * Makes a document's package byte-identical for the same input (see STACK-NOTES, "docx 9 output is not
 * byte-identical"): fixed core dates, process-wide bookmark counters renumbered per document, and a
 * zip with a fixed entry time built from local date parts, because fflate writes local time.
 * Works on the parts as text, each decoded and encoded once (render hands docx's compiled parts
 * over directly: zipping them in docx and unzipping them here cost a deflate and an inflate per document).
 */
export function normaliseParts(parts: PackageParts, options: NormaliseOptions): Uint8Array {
  const texts = new Map<string, string>();
  for (const [name, data] of parts) if (isXmlPart(name)) texts.set(name, typeof data === 'string' ? data : strFromU8(data));
  const document = texts.get('word/document.xml');
  if (options.tables && document !== undefined) texts.set('word/document.xml', withTableCaptions(document, options.tables));
  const [year, month, day] = options.datum.split('-').map(Number) as [number, number, number];
  const stamp = `${options.datum}T00:00:00Z`;

  const core = texts.get('docProps/core.xml');
  if (core !== undefined) {
    const extra = [
      options.version ? `<cp:version>${xmlText(options.version)}</cp:version>` : '',
      options.contentStatus ? `<cp:contentStatus>${xmlText(options.contentStatus)}</cp:contentStatus>` : '',
      '<dc:language>nl-NL</dc:language>',
    ].join('');
    const text = core
      .replace(/(<dcterms:created[^>]*>)[^<]*/, `$1${stamp}`)
      .replace(/(<dcterms:modified[^>]*>)[^<]*/, `$1${stamp}`)
      .replace('</cp:coreProperties>', `${extra}</cp:coreProperties>`);
    texts.set('docProps/core.xml', text);
  }

  const tocNames = new Map<string, string>();
  const bookmarkIds = new Map<string, string>();
  for (const [name, original] of texts) {
    if (!name.startsWith('word/') || !name.endsWith('.xml')) continue;
    const text = withContentControls(original, options.controls ?? [])
      .replace(/_Toc\d+/g, (toc) => {
        if (!tocNames.has(toc)) tocNames.set(toc, `_Toc${tocNames.size + 1}`);
        return tocNames.get(toc)!;
      })
      .replace(/(<w:bookmark(?:Start|End)\b[^>]*\bw:id=")(\d+)(")/g, (_, before: string, id: string, after: string) => {
        if (!bookmarkIds.has(id)) bookmarkIds.set(id, String(bookmarkIds.size + 1));
        return `${before}${bookmarkIds.get(id)}${after}`;
      });
    texts.set(name, text);
  }

  // Characters XML does not allow are replaced (in the core properties' version too), and a part
  // Word or LibreOffice cannot open is never written (see xml-parts.ts).
  cleanAndAssertWellFormed(texts, (name, text) => earlierParts.get(name)?.text === text);
  const files: Record<string, Uint8Array> = {};
  for (const [name, data] of parts) {
    const text = texts.get(name) ?? (typeof data === 'string' ? data : undefined);
    if (text === undefined) {
      files[name] = data as Uint8Array;
      continue;
    }
    const earlier = earlierParts.get(name);
    if (earlier?.text === text) files[name] = earlier.bytes;
    else {
      files[name] = strToU8(text);
      earlierParts.set(name, { text, bytes: files[name] });
    }
  }
  const before = new Map(Object.entries(files));
  if (options.controls) addControlsPart(files, options.controls);
  options.finishParts?.(files);
  // What the last steps changed or added is checked too (the controls list, the seal's hash in the custom properties).
  const changed: Record<string, Uint8Array> = {};
  for (const [name, bytes] of Object.entries(files)) if (before.get(name) !== bytes) changed[name] = bytes;
  assertWellFormedParts(changed);
  return zipParts(files, zipTime(year, month, day));
}
