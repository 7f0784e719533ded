import { Packer, type Document } from 'docx';
import type { PackageParts } from './normalise.js';

interface Compiler {
  compile(document: Document): Map<string, string | Uint8Array>;
}

/**
 * The parts of a document's package, as docx compiles them before it zips them. Packer.toBuffer
 * would zip them (a deflate per part) only for normalise to unzip them again: that round trip was
 * about a tenth of the time of a document. docx keeps its compiler as a private static of Packer;
 * the bundled docx is pinned, and the render tests fail at once should that ever change.
 */
export function packageParts(document: Document): PackageParts {
  const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;
  if (typeof compiler?.compile !== 'function') throw new Error('docx: Packer.compiler ontbreekt (andere versie van docx?)');
  return compiler.compile(document);
}
