/**
 * A rendered .docx of the new version with the old version's text as Word tracked changes, and
 * the change overview at its front. Works on the two packages render made; the result is sealed
 * and zipped as render does, so identical input gives identical bytes.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { REDLINE_PROPERTY, sealParts, SWA_PROPERTIES } from '../render/document-seal.js';
import { zipTime } from '../render/normalise.js';
import { assertWellFormedParts } from '../render/xml-parts.js';
import { controlsLibreOfficeCanResolve } from './office-compat.js';
import { redlineBlocks, type RedlineContext } from './redline.js';
import { xmlText } from '../report/xml.js';
import { attribute, child, elements, parseXml, raw, serializeDocument, textContent, type XmlElement } from './xml-tree.js';

export interface RedlineOptions {
  author: string;
  /** The date of the changes (YYYY-MM-DD), or null to leave it out. */
  date: string | null;
  /** Body XML placed before the table of contents: the change overview. */
  frontMatter: string;
  /** The old version's name, stored as the custom property `swa-verschil`: the document is a redline (for swa verwerk). */
  comparedWith: string;
}

/** The parts whose text is redlined: the body, headers and footers. */
const REDLINED = /^word\/(document|header\d*|footer\d*)\.xml$/;

/** Stands in for the content hash until sealParts computes it (the placeholder render-document uses). */
const SEAL_PLACEHOLDER = '0'.repeat(64);

/** The block container of a part: w:body for the document, the root for a header or footer. */
function container(root: XmlElement): XmlElement {
  return root.name === 'w:document' ? (child(root, 'w:body') ?? root) : root;
}

function footnoteTexts(xml: string | undefined): Map<string, string> {
  const texts = new Map<string, string>();
  if (!xml) return texts;
  for (const note of elements(parseXml(xml).root, 'w:footnote')) texts.set(attribute(note, 'w:id') ?? '', textContent(note));
  return texts;
}

/** The highest id in the package's parts, so the revision ids never collide with another's. */
function highestId(parts: Record<string, Uint8Array>): number {
  let highest = 0;
  for (const [name, bytes] of Object.entries(parts)) {
    if (!name.startsWith('word/') || !name.endsWith('.xml')) continue;
    // Bookmarks and comments (w:id="…") and content controls (<w:id w:val="…"/>): kept apart from the revisions' ids.
    for (const match of strFromU8(bytes).matchAll(/\sw:id="(\d+)"|<w:id w:val="(\d+)"/g)) highest = Math.max(highest, Number(match[1] ?? match[2]));
  }
  return highest;
}

/** Puts the overview where the table of contents begins (its heading), else before the first chapter, else at the start. */
function withFrontMatter(body: string, frontMatter: string): string {
  for (const marker of ['<w:pStyle w:val="inhoud-kop"/>', '<w:pStyle w:val="Heading1"/>']) {
    const at = body.indexOf(marker);
    if (at < 0) continue;
    const start = Math.max(body.lastIndexOf('<w:p>', at), body.lastIndexOf('<w:p ', at));
    if (start >= 0) return `${body.slice(0, start)}${frontMatter}${body.slice(start)}`;
  }
  const open = body.indexOf('>') + 1;
  return `${body.slice(0, open)}${frontMatter}${body.slice(open)}`;
}

/** `oldBytes` null: the old version had no such document (a partner that is new), all of it is inserted. */
export function redlineDocx(oldBytes: Uint8Array | null, newBytes: Uint8Array, options: RedlineOptions): Uint8Array {
  const oldParts = oldBytes ? unzipSync(oldBytes) : {};
  const parts = unzipSync(newBytes);
  let id = highestId(parts);
  const context: RedlineContext = {
    mark: { author: options.author, date: options.date ? `${options.date}T00:00:00Z` : null, nextId: () => (id += 1) },
    footnotes: {
      old: footnoteTexts(oldParts['word/footnotes.xml'] && strFromU8(oldParts['word/footnotes.xml'])),
      new: footnoteTexts(parts['word/footnotes.xml'] && strFromU8(parts['word/footnotes.xml'])),
    },
  };
  for (const name of Object.keys(parts)
    .filter((n) => REDLINED.test(n))
    .sort()) {
    const newDocument = parseXml(strFromU8(parts[name]!));
    const oldPart = oldParts[name];
    const oldChildren = oldPart ? container(parseXml(strFromU8(oldPart)).root).children : [];
    const target = container(newDocument.root);
    let content = redlineBlocks(oldChildren, target.children, context);
    if (name === 'word/document.xml') content = withFrontMatter(content, options.frontMatter);
    target.children = [raw(content)];
    parts[name] = strToU8(controlsLibreOfficeCanResolve(serializeDocument(newDocument)));
  }
  markAsRedline(parts, options.comparedWith);
  reseal(parts);
  assertWellFormedParts(parts);
  return zipSync(parts, { level: 6, mtime: packageTime(parts) });
}

/** Adds `swa-verschil` to the custom properties (which the seal's hash leaves out). */
function markAsRedline(parts: Record<string, Uint8Array>, comparedWith: string): void {
  const custom = parts['docProps/custom.xml'];
  if (!custom) return;
  const xml = strFromU8(custom);
  const pid = Math.max(1, ...[...xml.matchAll(/\spid="(\d+)"/g)].map((m) => Number(m[1]))) + 1;
  const property = `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${pid}" name="${REDLINE_PROPERTY}"><vt:lpwstr>${xmlText(comparedWith)}</vt:lpwstr></property>`;
  parts['docProps/custom.xml'] = strToU8(xml.replace('</Properties>', `${property}</Properties>`));
}

/** The content changed, so the seal's hash is computed anew (see document-seal.ts). */
function reseal(parts: Record<string, Uint8Array>): void {
  const custom = parts['docProps/custom.xml'];
  if (!custom) return;
  const pattern = new RegExp(`(<property\\b[^>]*\\bname="${SWA_PROPERTIES.inhoud}"[^>]*>\\s*<vt:lpwstr>)[0-9a-f]{64}(</vt:lpwstr>)`);
  parts['docProps/custom.xml'] = strToU8(strFromU8(custom).replace(pattern, `$1${SEAL_PLACEHOLDER}$2`));
  sealParts(parts);
}

/** The zip entries carry the date render gave the package (its created date). */
function packageTime(parts: Record<string, Uint8Array>): Date {
  const core = parts['docProps/core.xml'] ? strFromU8(parts['docProps/core.xml']) : '';
  const match = /<dcterms:created[^>]*>(\d{4})-(\d{2})-(\d{2})/.exec(core);
  return match ? zipTime(Number(match[1]), Number(match[2]), Number(match[3])) : zipTime(1980, 1, 1);
}
