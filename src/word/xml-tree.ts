/**
 * A small, strict reader for the XML of a Word package, into the same shape fast-xml-parser's
 * preserveOrder mode gives: `{ 'w:p': [children], ':@': { attributes } }` and `{ '#text': text }`.
 * Why not that library: on a rendered voorbeeldstad document (word/document.xml, 230 KB) it took
 * 350–640 ms, and render reads every document it writes (verwerk/original-record.ts); this reader
 * takes a few milliseconds. Office XML needs no more than this: elements, attributes, text,
 * the five named entities and character references; a DOCTYPE is refused before (docx-parts.ts).
 */

export type XmlNode = Record<string, unknown>;

export class XmlError extends Error {}

const TOKEN =
  /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|([^<]+)|(<)/g;
const ATTRIBUTE = /([A-Za-z_][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    /&(?:(lt|gt|amp|quot|apos)|#x([0-9a-fA-F]{1,6})|#([0-9]{1,7}));/g,
    (whole, name: string | undefined, hex: string | undefined, decimal: string | undefined) => {
      if (name) return NAMED[name]!;
      const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(decimal);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    },
  );
}

/** The top-level nodes of an XML text; throws XmlError when elements do not nest. */
export function parseXml(xml: string): XmlNode[] {
  const root: XmlNode[] = [];
  const stack: Array<{ name: string; children: XmlNode[] }> = [];
  let children = root;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(xml); match !== null; match = TOKEN.exec(xml)) {
    const [, closing, name, attributes, selfClosing, cdata, text, stray] = match;
    if (stray !== undefined) throw new XmlError(`ongeldige XML bij teken ${match.index}`);
    if (text !== undefined) {
      if (stack.length > 0) children.push({ '#text': decodeEntities(text) });
      continue;
    }
    if (cdata !== undefined) {
      children.push({ '#text': cdata });
      continue;
    }
    if (name === undefined) continue;
    if (closing) {
      const open = stack.pop();
      if (!open || open.name !== name) throw new XmlError(`</${name}> sluit niets wat open staat`);
      children = stack.at(-1)?.children ?? root;
      continue;
    }
    const node: XmlNode = { [name]: [] };
    if (attributes) {
      const values: Record<string, string> = {};
      for (const attribute of attributes.matchAll(ATTRIBUTE)) values[attribute[1]!] = decodeEntities(attribute[2] ?? attribute[3] ?? '');
      node[':@'] = values;
    }
    children.push(node);
    if (!selfClosing) {
      stack.push({ name, children: node[name] as XmlNode[] });
      children = node[name] as XmlNode[];
    }
  }
  if (stack.length > 0) throw new XmlError(`<${stack.at(-1)!.name}> wordt niet gesloten`);
  return root;
}
