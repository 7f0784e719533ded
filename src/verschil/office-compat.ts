/**
 * LibreOffice 7.4 shows tracked changes inside every content control, but its "accept all" and
 * "reject all" leave alone those inside a block-level control (a w:sdt around a paragraph) and
 * inside a plain-text control (w:sdtPr/w:text): measured on the example, the version number in
 * the cover table kept both "1.1" and "2.0" after either. A control that holds a revision is
 * therefore written the way LibreOffice handles: a block-level control around one paragraph moves
 * inside that paragraph (same properties, tag and id, around the same runs), and a plain-text
 * control becomes a rich-text one, and the table of contents (a block-level control of several
 * paragraphs around its field) loses its control. Controls without a revision stay exactly as
 * render made them.
 */
import { child, elements, parseXml, serializeDocument, type XmlElement, type XmlNode } from './xml-tree.js';

function holdsRevision(node: XmlNode): boolean {
  if (node.kind !== 'element') return false;
  if (node.name === 'w:ins' || node.name === 'w:del') return true;
  return node.children.some(holdsRevision);
}

/** `<w:sdt>` around one paragraph → the paragraph, with the `<w:sdt>` around its content. */
function intoParagraph(sdt: XmlElement): XmlElement | null {
  const content = child(sdt, 'w:sdtContent');
  const paragraphs = content ? elements(content) : [];
  if (!content || paragraphs.length !== 1 || paragraphs[0]!.name !== 'w:p') return null;
  const paragraph = paragraphs[0]!;
  const pPr = paragraph.children.filter((n) => n.kind === 'element' && n.name === 'w:pPr');
  const runs = paragraph.children.filter((n) => !(n.kind === 'element' && n.name === 'w:pPr'));
  const inline: XmlElement = { ...sdt, children: sdt.children.map((n) => (n === content ? { ...content, children: runs } : n)) };
  return { ...paragraph, empty: false, children: [...pPr, inline] };
}

/** The table of contents is a field in a block-level control of several paragraphs (a Word building block). */
function isTableOfContents(sdt: XmlElement): boolean {
  const properties = child(sdt, 'w:sdtPr');
  return properties !== undefined && child(properties, 'w:docPartObj') !== undefined;
}

/** Marks the control's paragraphs for lifting out of it (the field stays and still updates); see `liftUnwrapped`. */
function unwrapped(sdt: XmlElement): XmlElement {
  return { kind: 'element', name: UNWRAP, open: '', empty: false, children: child(sdt, 'w:sdtContent')?.children ?? [] };
}

const UNWRAP = '#unwrap';

function liftUnwrapped(node: XmlElement): void {
  node.children = node.children.flatMap((current) => (current.kind === 'element' && current.name === UNWRAP ? current.children : [current]));
  for (const current of node.children) if (current.kind === 'element') liftUnwrapped(current);
}

function asRichText(sdt: XmlElement): void {
  const properties = child(sdt, 'w:sdtPr');
  if (properties) properties.children = properties.children.filter((n) => !(n.kind === 'element' && n.name === 'w:text'));
}

function visit(node: XmlElement, blockLevel: boolean): void {
  node.children = node.children.map((current) => {
    if (current.kind !== 'element') return current;
    if (current.name === 'w:sdt' && holdsRevision(current)) {
      asRichText(current);
      const moved = blockLevel ? intoParagraph(current) : null;
      if (moved) return moved;
    }
    if (current.name === 'w:sdt' && blockLevel && isTableOfContents(current) && holdsRevision(current)) return unwrapped(current);
    const childrenAreBlocks =
      current.name === 'w:body' ||
      current.name === 'w:tc' ||
      current.name === 'w:hdr' ||
      current.name === 'w:ftr' ||
      (current.name === 'w:sdtContent' && blockLevel);
    visit(current, current.name === 'w:sdt' ? blockLevel : childrenAreBlocks);
    return current;
  });
}

/** The part's XML with every content control that holds a revision in the form LibreOffice accepts and rejects. */
export function controlsLibreOfficeCanResolve(xml: string): string {
  if (!xml.includes('<w:sdt') || !/<w:(ins|del) /.test(xml)) return xml;
  const document = parseXml(xml);
  visit(document.root, document.root.name === 'w:hdr' || document.root.name === 'w:ftr');
  liftUnwrapped(document.root);
  return serializeDocument(document);
}
