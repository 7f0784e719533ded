import { Document, Footer, Header, Packer, Paragraph } from 'docx';
import { DOCUMENT_NUMBERING, DOCUMENT_STYLES, LIST_REFERENCE, SECTION_PROPERTIES } from './word-styles.js';

const BUILD_DATE = '1980-01-01T00:00:00.000Z';

interface Compiler {
  compile(document: Document): Map<string, string | Uint8Array>;
}

/**
 * The parts of a document's package that are the same in every document (styles, numbering,
 * settings, theme, fonts, endnotes, relationships, content types, …), as docx compiles them, with
 * the parts the writer fills in per document still empty. They differ only in word/numbering.xml,
 * which holds the bullet list's numbering when a document has a list item. Run by the build
 * (scripts/build.mjs writes them into src/generated and dist/generated) and by the test that holds
 * the build's parts to docx; render itself never loads docx (word-package.ts).
 * docx keeps its compiler as a private static of Packer; the bundled docx is pinned, and the build
 * fails at once should that ever change.
 */
export function compileSharedParts(withList: boolean): Array<[string, string]> {
  const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;
  if (typeof compiler?.compile !== 'function') throw new Error('docx: Packer.compiler ontbreekt (andere versie van docx?)');
  return [...compiler.compile(emptyDocument(withList))].map(([name, part]) => {
    if (typeof part !== 'string') throw new Error(`docx: ${name} is geen tekst`);
    // docx dates the core properties now; each document writes its own (word-document.ts), so a fixed date keeps the build the same bytes.
    return [name, name === 'docProps/core.xml' ? part.replace(/(<dcterms:(?:created|modified)\b[^>]*>)[^<]*/g, `$1${BUILD_DATE}`) : part];
  });
}

function emptyDocument(withList: boolean): Document {
  return new Document({
    revision: 1,
    features: { updateFields: true },
    footnotes: {},
    styles: DOCUMENT_STYLES,
    numbering: DOCUMENT_NUMBERING,
    sections: [
      {
        properties: SECTION_PROPERTIES,
        headers: { default: new Header({ children: [] }), first: new Header({ children: [] }) },
        footers: { default: new Footer({ children: [] }), first: new Footer({ children: [] }) },
        children: withList ? [new Paragraph({ numbering: { reference: LIST_REFERENCE, level: 0 } })] : [],
      },
    ],
  });
}
