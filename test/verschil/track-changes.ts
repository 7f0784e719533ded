/**
 * What Word's "accept all changes" and "reject all changes" do to WordprocessingML, written
 * independently of src/verschil (with fast-xml-parser), and the paragraph texts a reader then sees.
 */
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';

type Node = Record<string, unknown>;
const options = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  processEntities: true,
  parseTagValue: false,
  parseAttributeValue: false,
} as const;
const parser = new XMLParser(options);
const builder = new XMLBuilder({ ...options, suppressEmptyNode: true });

const nameOf = (node: Node): string => Object.keys(node).find((k) => k !== ':@') ?? '';
const kids = (node: Node): Node[] => (Array.isArray(node[nameOf(node)]) ? (node[nameOf(node)] as Node[]) : []);

function markOf(node: Node, propertiesName: string, inner: string | null): string | null {
  const properties = kids(node).find((k) => nameOf(k) === propertiesName);
  if (!properties) return null;
  const holder = inner ? kids(properties).find((k) => nameOf(k) === inner) : properties;
  if (!holder) return null;
  const mark = kids(holder).find((k) => nameOf(k) === 'w:ins' || nameOf(k) === 'w:del');
  return mark ? nameOf(mark) : null;
}

const paragraphMark = (p: Node): string | null => markOf(p, 'w:pPr', 'w:rPr');
const rowMark = (tr: Node): string | null => markOf(tr, 'w:trPr', null);

/** Accept ('ins' stays) or reject ('del' stays) every tracked change in a list of sibling nodes. */
function resolve(nodes: Node[], keep: 'w:ins' | 'w:del'): Node[] {
  const drop = keep === 'w:ins' ? 'w:del' : 'w:ins';
  const out: Node[] = [];
  let carried: Node[] = [];
  for (const node of nodes) {
    const name = nameOf(node);
    if (name === drop) continue;
    if (name === keep) {
      out.push(...resolve(kids(node), keep));
      continue;
    }
    if (name === 'w:tr' && rowMark(node) === drop) continue;
    if (name === 'w:delText' && keep === 'w:del') {
      out.push({ 'w:t': kids(node), ...(node[':@'] ? { ':@': node[':@'] } : {}) });
      continue;
    }
    if (name === 'w:delInstrText' && keep === 'w:del') {
      out.push({ 'w:instrText': kids(node) });
      continue;
    }
    if (name === '#text' || name === '') {
      out.push(node);
      continue;
    }
    let children = resolve(kids(node), keep);
    if (name === 'w:p') {
      const content = children.filter((k) => nameOf(k) !== 'w:pPr');
      const pPr = children.filter((k) => nameOf(k) === 'w:pPr');
      children = [...pPr, ...carried, ...content];
      carried = [];
      // A removed paragraph mark joins what is left of the paragraph to the next one.
      if (paragraphMark(node) === drop) {
        carried = children.filter((k) => nameOf(k) !== 'w:pPr');
        continue;
      }
    }
    if (name === 'w:tbl' && !children.some((k) => nameOf(k) === 'w:tr')) continue;
    out.push({ ...node, [name]: children });
  }
  return out;
}

export function acceptAll(xml: string): string {
  return builder.build(resolve(parser.parse(xml) as Node[], 'w:ins')) as string;
}

export function rejectAll(xml: string): string {
  return builder.build(resolve(parser.parse(xml) as Node[], 'w:del')) as string;
}

function textOf(nodes: Node[]): string {
  let text = '';
  for (const node of nodes) {
    const name = nameOf(node);
    if (name === 'w:t' || name === 'w:delText')
      text += kids(node)
        .map((t) => String(t['#text'] ?? ''))
        .join('');
    else if (name === 'w:tab') text += '\t';
    else if (name === 'w:br') text += '\n';
    else if (name !== 'w:pPr' && name !== 'w:rPr' && name !== 'w:instrText' && name !== 'w:delInstrText' && name !== 'w:tbl') text += textOf(kids(node));
  }
  return text;
}

/** Every paragraph's text in document order, also those in tables and content controls. */
export function paragraphTexts(xml: string): string[] {
  const texts: string[] = [];
  const walk = (nodes: Node[]): void => {
    for (const node of nodes) {
      if (nameOf(node) === 'w:p') texts.push(textOf(kids(node)));
      else walk(kids(node));
    }
  };
  walk(parser.parse(xml) as Node[]);
  return texts;
}

export function part(bytes: Uint8Array, name = 'word/document.xml'): string {
  return strFromU8(unzipSync(bytes)[name]!);
}

/** Whether any tracked change is left in the XML. */
export function hasRevisions(xml: string): boolean {
  return /<w:(ins|del)\b/.test(xml);
}
