import { decodeEntities } from '../word/xml-tree.js';

/**
 * A small, lossless XML tree for the parts swa itself renders: every element keeps its start tag
 * as written, so whatever the redline does not touch is serialised byte for byte as it came in.
 * Not a general parser (no DTD, no entities beyond the five and character references), which the
 * parts of a rendered .docx never use.
 */
export interface XmlElement {
  kind: 'element';
  name: string;
  /** The start tag as written, e.g. `<w:t xml:space="preserve">`, or the whole empty element `<w:tab/>`. */
  open: string;
  empty: boolean;
  children: XmlNode[];
}

export interface XmlText {
  kind: 'text';
  /** As written, entities and all. */
  raw: string;
}

export type XmlNode = XmlElement | XmlText;

export interface XmlDocument {
  /** Everything before the root element (declaration, whitespace). */
  prolog: string;
  root: XmlElement;
}

const TOKEN = /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\/[^>]+>|<[A-Za-z_][^\s/>]*(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*\/?>|[^<]+/g;
const NAME = /^<\/?([^\s/>]+)/;

export function parseXml(xml: string): XmlDocument {
  const top: XmlNode[] = [];
  const stack: XmlElement[] = [];
  let prolog = '';
  let root: XmlElement | null = null;
  for (const match of xml.matchAll(TOKEN)) {
    const token = match[0];
    const parent = stack.at(-1);
    if (token.startsWith('</')) {
      const name = NAME.exec(token)![1]!;
      const open = stack.pop();
      if (open?.name !== name) throw new Error(`XML: </${name}> sluit ${open ? `<${open.name}>` : 'niets'}`);
      continue;
    }
    if (token.startsWith('<') && !token.startsWith('<?') && !token.startsWith('<!')) {
      const element: XmlElement = { kind: 'element', name: NAME.exec(token)![1]!, open: token, empty: token.endsWith('/>'), children: [] };
      if (parent) parent.children.push(element);
      else if (root === null) root = element;
      else throw new Error('XML: meer dan één hoofdelement');
      if (!element.empty) stack.push(element);
      continue;
    }
    if (parent) parent.children.push({ kind: 'text', raw: token });
    else if (root === null) prolog += token;
    else top.push({ kind: 'text', raw: token });
  }
  if (root === null || stack.length > 0) throw new Error('XML: onvolledig document');
  return { prolog, root };
}

export function serialize(node: XmlNode): string {
  if (node.kind === 'text') return node.raw;
  if (node.empty) return node.open;
  return `${node.open}${node.children.map(serialize).join('')}</${node.name}>`;
}

export function serializeDocument(document: XmlDocument): string {
  return `${document.prolog}${serialize(document.root)}`;
}

export function elements(node: XmlElement, name?: string): XmlElement[] {
  return node.children.filter((child): child is XmlElement => child.kind === 'element' && (name === undefined || child.name === name));
}

export function child(node: XmlElement, name: string): XmlElement | undefined {
  return elements(node, name)[0];
}

/** The value of an attribute in the start tag, decoded; undefined when absent. */
export function attribute(node: XmlElement, name: string): string | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`\\s${escaped}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(node.open);
  return match ? decodeEntities(match[1] ?? match[2] ?? '') : undefined;
}

/** The text content of a node as written in XML (raw), concatenated. */
export function textContent(node: XmlNode): string {
  if (node.kind === 'text') return decodeEntities(node.raw);
  return node.children.map(textContent).join('');
}

export function raw(text: string): XmlText {
  return { kind: 'text', raw: text };
}
