import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { xmlAttribute, xmlText } from '../report/xml.js';
import { assertWellFormedParts, cleanXmlParts } from './xml-parts.js';

export interface NormaliseOptions {
  /** The document's own date (YYYY-MM-DD): the only date written into the package. */
  datum: string;
  version: string | null;
  /** "Concept" or "Vastgesteld"; left out for documents without a status, such as the overzicht. */
  contentStatus: string | null;
  /** The caption and description of each table of word/document.xml, in document order. */
  tables?: ReadonlyArray<{ titel: string; beschrijving: string }>;
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

/**
 * Makes a packed .docx (a document or the overzicht) byte-identical for the same input, which docx 9
 * alone is not (it writes the current time and numbers bookmarks per process): fixed core dates, process-wide bookmark counters renumbered per document, and a
 * re-zip with a fixed entry time built from local date parts, because fflate writes local time.
 */
export function normaliseDocx(packed: Uint8Array, options: NormaliseOptions): Uint8Array {
  const files = unzipSync(packed);
  if (options.tables && files['word/document.xml']) files['word/document.xml'] = strToU8(withTableCaptions(strFromU8(files['word/document.xml']), options.tables));
  cleanXmlParts(files);
  const [year, month, day] = options.datum.split('-').map(Number) as [number, number, number];
  const stamp = `${options.datum}T00:00:00Z`;

  const core = files['docProps/core.xml'];
  if (core) {
    const extra = [
      options.version ? `<cp:version>${xmlText(options.version)}</cp:version>` : '',
      options.contentStatus ? `<cp:contentStatus>${xmlText(options.contentStatus)}</cp:contentStatus>` : '',
      '<dc:language>nl-NL</dc:language>',
    ].join('');
    const text = strFromU8(core)
      .replace(/(<dcterms:created[^>]*>)[^<]*/, `$1${stamp}`)
      .replace(/(<dcterms:modified[^>]*>)[^<]*/, `$1${stamp}`)
      .replace('</cp:coreProperties>', `${extra}</cp:coreProperties>`);
    files['docProps/core.xml'] = strToU8(text);
  }

  const tocNames = new Map<string, string>();
  const bookmarkIds = new Map<string, string>();
  for (const name of Object.keys(files).filter((n) => n.startsWith('word/') && n.endsWith('.xml'))) {
    const original = strFromU8(files[name]!);
    const text = original
      .replace(/_Toc\d+/g, (toc) => {
        if (!tocNames.has(toc)) tocNames.set(toc, `_Toc${tocNames.size + 1}`);
        return tocNames.get(toc)!;
      })
      .replace(/(<w:bookmark(?:Start|End)\b[^>]*\bw:id=")(\d+)(")/g, (_, before: string, id: string, after: string) => {
        if (!bookmarkIds.has(id)) bookmarkIds.set(id, String(bookmarkIds.size + 1));
        return `${before}${bookmarkIds.get(id)}${after}`;
      });
    if (text !== original) files[name] = strToU8(text);
  }

  options.finishParts?.(files);
  // Never write a part Word or LibreOffice cannot open (see xml-parts.ts).
  assertWellFormedParts(files);
  return zipSync(files, { level: 6, mtime: zipTime(year, month, day) });
}
