import { strFromU8, unzipSync } from 'fflate';
import { asSentence } from '../../src/render/document-view.js';
import { withoutXmlInvalid } from '../../src/core/domain/xml-chars.js';

/** One content control of a rendered part, read back from the XML as Word stores it. */
export interface Control {
  part: string;
  tag: string;
  alias: string;
  id: number;
  /** The text inside: w:t joined, a line break as \n, a tab as \t. */
  text: string;
  /** Around whole paragraphs (block-level) rather than runs inside one. */
  block: boolean;
  /** A plain-text control: the document shows something made from the value (names, a Dutch date). */
  derived: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
export const decodeXml = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) =>
    name.startsWith('#x') || name.startsWith('#X')
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : (ENTITIES[name] ?? whole),
  );

/** The visible text of a piece of WordprocessingML: paragraphs separated by \n. */
export function xmlText(xml: string): string {
  return decodeXml(
    xml
      .replace(/<w:br\/>/g, '\n')
      .replace(/<w:tab\/>/g, '\t')
      .replace(/<\/w:p>(?=.)/g, '\n')
      .replace(/<w:instrText[^>]*>[^<]*<\/w:instrText>/g, '')
      .replace(/<[^>]+>/g, ''),
  );
}

const SDT = /<w:sdt><w:sdtPr>(.*?)<\/w:sdtPr>(?:<w:sdtEndPr\/>)?<w:sdtContent>(.*?)<\/w:sdtContent><\/w:sdt>/gs;

/** The parts of a .docx that show text: body, headers, footers. */
export function textParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  const parts: Record<string, string> = {};
  for (const [name, data] of Object.entries(files)) if (/^word\/(document|header\d*|footer\d*)\.xml$/.test(name)) parts[name] = strFromU8(data);
  return parts;
}

/** Every content control swa put in the document (those with a tag), in document order per part. */
export function controlsOf(bytes: Uint8Array): Control[] {
  const controls: Control[] = [];
  for (const [part, xml] of Object.entries(textParts(bytes))) {
    for (const match of xml.matchAll(SDT)) {
      const [, properties, content] = match as unknown as [string, string, string];
      const tag = /<w:tag w:val="([^"]*)"\/>/.exec(properties)?.[1];
      if (tag === undefined) continue;
      controls.push({
        part,
        tag: decodeXml(tag),
        alias: decodeXml(/<w:alias w:val="([^"]*)"\/>/.exec(properties)?.[1] ?? ''),
        id: Number(/<w:id w:val="(\d+)"\/>/.exec(properties)?.[1]),
        text: xmlText(content),
        block: content.startsWith('<w:p>') || content.startsWith('<w:p '),
        derived: properties.includes('<w:text/>'),
      });
    }
  }
  return controls;
}

/** The part's XML with every tagged control taken out, content and all: what is left is the document's own text. */
export function withoutControls(xml: string): string {
  return xml.replace(SDT, (whole, properties: string) => (properties.includes('<w:tag ') ? '' : whole));
}

/** The part's XML with every control unwrapped: its content stays, the control goes (the document as it was before controls). */
export function unwrapControls(xml: string): string {
  return xml.replace(SDT, (_, _properties: string, content: string) => content);
}

/** A dotted data path back to its value. */
export function valueAt(data: unknown, path: string): unknown {
  let node = data;
  for (const segment of path.split('.')) {
    if (Array.isArray(node) && /^\d+$/.test(segment)) node = node[Number(segment)];
    else if (node !== null && typeof node === 'object' && !Array.isArray(node) && Object.hasOwn(node, segment))
      node = (node as Record<string, unknown>)[segment];
    else return undefined;
  }
  return node;
}

/**
 * How the document shows a text value of the file: trimmed, CRLF as LF, characters XML does not
 * allow as U+FFFD; an agreement may start with a capital (it stands as a sentence after its number).
 */
export function shownForms(value: string): string[] {
  const shown = withoutXmlInvalid(value.replace(/\r\n?/g, '\n')).trim();
  return [shown, asSentence(shown) ?? shown];
}
