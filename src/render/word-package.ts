import { Document, Footer, Header, Packer, Paragraph } from 'docx';
import type { PackageParts } from './normalise.js';
import { DOCUMENT_NUMBERING, DOCUMENT_STYLES, LIST_REFERENCE, SECTION_PROPERTIES } from './word-styles.js';

interface Compiler {
  compile(document: Document): Map<string, string | Uint8Array>;
}

/**
 * The parts of a document's package that are the same in every document (styles, numbering,
 * settings, theme, fonts, endnotes, relationships, content types, …), as docx compiles them, with
 * the parts the writer fills in per document still empty. They differ only in word/numbering.xml,
 * which holds the bullet list's numbering when a document has a list item; each variant is compiled
 * once per process. docx keeps its compiler as a private static of Packer; the bundled docx is
 * pinned, and the render tests fail at once should that ever change.
 */
const compiled = new Map<boolean, PackageParts>();

export function sharedParts(withList: boolean): PackageParts {
  let parts = compiled.get(withList);
  if (parts === undefined) {
    const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;
    if (typeof compiler?.compile !== 'function') throw new Error('docx: Packer.compiler ontbreekt (andere versie van docx?)');
    parts = compiler.compile(emptyDocument(withList));
    compiled.set(withList, parts);
  }
  return parts;
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

/** The part's text around its content: an empty root (`<w:hdr …/>`) opened and closed. */
export function aroundContent(parts: PackageParts, name: string): { open: string; close: string } {
  const xml = parts.get(name);
  const root = typeof xml === 'string' ? /<([\w:]+)(?:\s[^<>]*)?\/>$/.exec(xml) : null;
  if (!root || typeof xml !== 'string') throw new Error(`docx: ${name} heeft niet de verwachte vorm`);
  return { open: `${xml.slice(0, -2)}>`, close: `</${root[1]}>` };
}
