import { createHash } from 'node:crypto';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import type { PartnerKey } from '../core/model/types.js';

/**
 * How swa recognises its own documents: custom document properties (docProps/custom.xml), which
 * Word and LibreOffice keep when a document is edited and saved. All are named `swa-…`, so more
 * can join later (the swa version, the source file, a hash of the source data) without changing
 * how these are read. The custom properties part itself is left out of the content hash: adding
 * a property never makes a document look edited.
 */
export const SWA_PROPERTIES = {
  /** Which document of a file this is: `integraal`, or `partner:<key>` (`partner:gi.jbrv`). */
  document: 'swa-document',
  /** sha256 (hex) of every part of the package except docProps/custom.xml, as swa wrote them. */
  inhoud: 'swa-inhoud-sha256',
} as const;

const CUSTOM_PART = 'docProps/custom.xml';
/** Stands in for the hash while the document is built; the hash of the finished parts replaces it. */
const PLACEHOLDER = '0'.repeat(64);
/** An existing document whose parts unpack to more than this is not read (a zip bomb in --out). */
const MAX_UNPACKED = 256 * 1024 * 1024;

export type DocumentKind = 'integraal' | `partner:${string}`;

export function documentKind(partner: PartnerKey | null): DocumentKind {
  return partner === null ? 'integraal' : `partner:${partner}`;
}

/** The custom properties a new document gets, with a placeholder for the hash (see `sealParts`). */
export function sealProperties(partner: PartnerKey | null): Array<{ name: string; value: string }> {
  return [
    { name: SWA_PROPERTIES.document, value: documentKind(partner) },
    { name: SWA_PROPERTIES.inhoud, value: PLACEHOLDER },
  ];
}

/** The hash of a package's content: every part but the custom properties, in name order. */
export function contentHash(parts: Record<string, Uint8Array>): string {
  const hash = createHash('sha256');
  for (const name of Object.keys(parts).filter((n) => n !== CUSTOM_PART).sort()) {
    const bytes = parts[name]!;
    hash.update(`${name}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/** Writes the content hash into the placeholder of the custom properties; the last step before zipping. */
export function sealParts(parts: Record<string, Uint8Array>): void {
  const custom = parts[CUSTOM_PART];
  if (!custom) return;
  const text = strFromU8(custom);
  if (!text.includes(PLACEHOLDER)) return;
  parts[CUSTOM_PART] = strToU8(text.replace(PLACEHOLDER, contentHash(parts)));
}

export interface Seal {
  kind: DocumentKind;
  /** The content is what swa wrote: nobody edited the document since. */
  intact: boolean;
}

/**
 * The seal of an existing .docx, or null when it is not a document swa wrote (not a zip, no
 * custom properties, no swa properties): such a file is someone else's and never swa's to judge.
 */
export function readSeal(bytes: Uint8Array): Seal | null {
  let parts: Record<string, Uint8Array>;
  try {
    let unpacked = 0;
    parts = unzipSync(bytes, {
      filter: (file) => {
        unpacked += file.originalSize;
        if (unpacked > MAX_UNPACKED) throw new Error('te groot');
        return true;
      },
    });
  } catch {
    return null;
  }
  const custom = parts[CUSTOM_PART];
  if (!custom) return null;
  const properties = customProperties(strFromU8(custom));
  const kind = properties.get(SWA_PROPERTIES.document);
  const stored = properties.get(SWA_PROPERTIES.inhoud);
  if (kind === undefined || stored === undefined || !/^(integraal|partner:.+)$/.test(kind)) return null;
  return { kind: kind as DocumentKind, intact: stored === contentHash(parts) };
}

/** name → text value of the custom properties; Word and LibreOffice write them in their own layout. */
function customProperties(xml: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of xml.matchAll(/<property\b[^>]*?\bname="([^"]*)"[^>]*>\s*<vt:lpwstr>([^<]*)<\/vt:lpwstr>/g)) {
    found.set(unescapeXml(match[1]!), unescapeXml(match[2]!));
  }
  return found;
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);
}
