import { strFromU8, unzipSync } from 'fflate';
import { isMarginPart } from '../word/margin-texts.js';
import { decodeEntities } from '../word/xml-tree.js';

/** Parts that unpack to more than this together are not read: a zip bomb, never a document of swa. */
const MAX_UNPACKED_BYTES = 128 * 1024 * 1024;

/** Only the parts verwerk reads; the rest of the package (images, fonts) is never unpacked. */
const WANTED = new Set(['word/document.xml', 'word/comments.xml', 'docProps/custom.xml', '[Content_Types].xml']);
const CUSTOM_XML_ITEM = /^customXml\/item\d+\.xml$/;

export class DocxError extends Error {}

/** The text of the parts verwerk needs, by name; throws DocxError for anything that is not a readable .docx. */
export function readDocxParts(bytes: Uint8Array): Map<string, string> {
  let unpacked = 0;
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter: (file) => {
        const wanted = WANTED.has(file.name) || CUSTOM_XML_ITEM.test(file.name) || isMarginPart(file.name);
        if (!wanted) return false;
        unpacked += file.originalSize;
        if (unpacked > MAX_UNPACKED_BYTES)
          throw new DocxError(`pakt uit tot meer dan ${MAX_UNPACKED_BYTES / 1024 / 1024} MB; zo groot is geen document van swa`);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof DocxError) throw error;
    throw new DocxError('is geen Word-document (.docx): het is geen leesbaar zip-bestand');
  }
  if (!parts['word/document.xml']) throw new DocxError('is geen Word-document (.docx): word/document.xml ontbreekt');
  const texts = new Map<string, string>();
  for (const [name, content] of Object.entries(parts)) {
    const text = strFromU8(content);
    // Word and LibreOffice never write a DOCTYPE; one here could only serve entity expansion.
    if (/<!DOCTYPE/i.test(text)) throw new DocxError(`bevat in ${name} een DOCTYPE; zo'n document schrijven Word en LibreOffice niet`);
    texts.set(name, text);
  }
  return texts;
}

/** name → text value of docProps/custom.xml (Word and LibreOffice each write them in their own layout). */
export function customProperties(xml: string | undefined): Map<string, string> {
  const found = new Map<string, string>();
  if (!xml) return found;
  for (const match of xml.matchAll(/<property\b[^>]*?\bname="([^"]*)"[^>]*>\s*<vt:lpwstr>([^<]*)<\/vt:lpwstr>/g)) {
    found.set(decodeEntities(match[1]!), decodeEntities(match[2]!));
  }
  return found;
}
