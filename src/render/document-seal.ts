import { createHash } from 'node:crypto';
import { isAbsolute, posix, relative } from 'node:path';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import type { PartnerKey } from '../core/model/types.js';

/**
 * How swa recognises its own documents: custom document properties (docProps/custom.xml), which
 * Word and LibreOffice keep when a document is edited and saved. All are named `swa-…`, so more
 * can join later without changing how these are read. The custom properties part itself is left
 * out of the content hash: adding a property never makes a document look edited.
 */
export const SWA_PROPERTIES = {
  /** Which document of a file this is: `integraal`, or `partner:<key>` (`partner:gi.jbrv`). */
  document: 'swa-document',
  /** sha256 (hex) of every part of the package except docProps/custom.xml, as swa wrote them. */
  inhoud: 'swa-inhoud-sha256',
  /** The version of swa that made the document. */
  versie: 'swa-versie',
  /** The agreements file it was made from, as given (relative to the working directory, with /). */
  bron: 'swa-bron',
  /** sha256 (hex) of the data it was made from (after extends), as canonical JSON: see `dataHash`. */
  bronHash: 'swa-bron-sha256',
  /**
   * What came from a base file (extends): dotted paths of whole subtrees, separated by spaces, in
   * `swa-basis`, `swa-basis-2`, … of at most 255 characters each (Word cuts longer texts off).
   * A content control whose tag is such a path or lies below one holds a value of the base file.
   */
  basis: 'swa-basis',
} as const;

/** Where the document came from: see SWA_PROPERTIES. */
export interface SourceProperties {
  versie: string;
  bron: string;
  bronSha256: string;
  basis: readonly string[];
}

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
export function sealProperties(partner: PartnerKey | null, source?: SourceProperties): Array<{ name: string; value: string }> {
  const properties: Array<{ name: string; value: string }> = [
    { name: SWA_PROPERTIES.document, value: documentKind(partner) },
    { name: SWA_PROPERTIES.inhoud, value: PLACEHOLDER },
  ];
  if (!source) return properties;
  properties.push(
    { name: SWA_PROPERTIES.versie, value: source.versie },
    { name: SWA_PROPERTIES.bron, value: source.bron },
    { name: SWA_PROPERTIES.bronHash, value: source.bronSha256 },
  );
  for (const [index, value] of chunks(source.basis, WORD_PROPERTY_LENGTH).entries())
    properties.push({ name: index === 0 ? SWA_PROPERTIES.basis : `${SWA_PROPERTIES.basis}-${index + 1}`, value });
  return properties;
}

/** Word keeps a text property of at most 255 characters. */
const WORD_PROPERTY_LENGTH = 255;

/** The paths as space-separated texts of at most `limit` characters; a path is never split (one longer than the limit stands alone). */
function chunks(paths: readonly string[], limit: number): string[] {
  const result: string[] = [];
  for (const path of paths) {
    const last = result.at(-1);
    if (last !== undefined && last.length + 1 + path.length <= limit) result[result.length - 1] = `${last} ${path}`;
    else result.push(path);
  }
  return result;
}

/**
 * The data as canonical JSON (keys sorted, no spaces), hashed: the same agreements give the same
 * hash whatever the file's layout, comments, key order or quoting, so `swa verwerk` can tell
 * whether the agreements changed since the document was made.
 */
export function dataHash(data: unknown): string {
  return createHash('sha256').update(canonicalJson(data)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value instanceof Date ? value.toISOString() : (value ?? null));
}

/**
 * The source file as the document names it: relative to the working directory and with forward
 * slashes, so that no absolute path of the machine ends up in a document that is sent around.
 * A path that has no relative form (another drive) is named by its file name only.
 */
export function sourcePath(file: string, cwd: string): string {
  const relativePath = isAbsolute(file) ? relative(cwd, file) : file;
  const path = isAbsolute(relativePath) ? (relativePath.split(/[\\/]/).at(-1) ?? relativePath) : relativePath;
  return posix.normalize(path.replace(/\\/g, '/'));
}

/** The source properties of a document's custom properties part, or null when it has none (made by an older swa). */
export function readSourceProperties(customXml: string): SourceProperties | null {
  const properties = customProperties(customXml);
  const versie = properties.get(SWA_PROPERTIES.versie);
  const bron = properties.get(SWA_PROPERTIES.bron);
  const bronSha256 = properties.get(SWA_PROPERTIES.bronHash);
  if (versie === undefined || bron === undefined || bronSha256 === undefined) return null;
  const basis: string[] = [];
  for (let index = 1; ; index += 1) {
    const value = properties.get(index === 1 ? SWA_PROPERTIES.basis : `${SWA_PROPERTIES.basis}-${index}`);
    if (value === undefined) break;
    basis.push(...value.split(' ').filter((p) => p !== ''));
  }
  return { versie, bron, bronSha256, basis };
}

/** Whether a content control's tag (a data path) holds a value of a base file, given `swa-basis`. */
export function fromBase(tag: string, basis: readonly string[]): boolean {
  return basis.some((path) => tag === path || tag.startsWith(`${path}.`));
}

/** The hash of a package's content: every part but the custom properties, in name order. */
export function contentHash(parts: Record<string, Uint8Array>): string {
  const hash = createHash('sha256');
  for (const name of Object.keys(parts)
    .filter((n) => n !== CUSTOM_PART)
    .sort()) {
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
  /** A redline of swa verschil (it carries REDLINE_PROPERTY), not a document swa render makes. */
  redline: boolean;
}

/** Custom property that marks a redline of swa verschil, with the version it was compared with as its value. */
export const REDLINE_PROPERTY = 'swa-verschil';

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
  return { kind: kind as DocumentKind, intact: stored === contentHash(parts), redline: properties.has(REDLINE_PROPERTY) };
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
