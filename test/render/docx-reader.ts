import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';

/** A .docx opened the way a test needs it: its parts as text, paragraphs and tables as plain data. */
export interface OpenedDocx {
  parts: Record<string, string>;
  /** Body paragraphs outside tables; keepNext/keepLines as in effect (own setting, else the style's). */
  paragraphs: Array<{ style: string | null; text: string; keepNext: boolean; keepLines: boolean }>;
  /** A row keeps with the next when every paragraph in it does. */
  tables: Array<{ rows: Array<{ header: boolean; cells: string[]; cantSplit: boolean; keepNext: boolean }> }>;
  /** The body in order: which paragraph or table comes after which. */
  body: Array<{ kind: 'paragraph' | 'table'; index: number }>;
}

type Node = Record<string, unknown>;
const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false });

function children(node: Node, name: string): Node[] {
  const list = node[name];
  return Array.isArray(list) ? (list as Node[]) : [];
}

function attr(node: Node, name: string): string | undefined {
  return (node[':@'] as Record<string, string> | undefined)?.[name];
}

/** All text of a node, w:t runs joined, tabs as \t and breaks as \n. */
function textOf(nodes: Node[]): string {
  let text = '';
  for (const node of nodes) {
    if ('#text' in node) continue;
    const [name] = Object.keys(node).filter((k) => k !== ':@');
    if (!name) continue;
    if (name === 'w:t')
      text += children(node, name)
        .map((t) => String(t['#text'] ?? ''))
        .join('');
    else if (name === 'w:tab' && !('w:tabs' in node)) text += '\t';
    else if (name === 'w:br') text += '\n';
    else if (name !== 'w:pPr' && name !== 'w:rPr' && name !== 'w:instrText') text += textOf(children(node, name));
  }
  return text;
}

function paragraphStyle(p: Node): string | null {
  const pPr = children(p, 'w:p').find((n) => 'w:pPr' in n);
  const pStyle = pPr ? children(pPr, 'w:pPr').find((n) => 'w:pStyle' in n) : undefined;
  return pStyle ? (attr(pStyle, 'w:val') ?? null) : null;
}

type Keep = 'w:keepNext' | 'w:keepLines';

/** An on/off property in a pPr: true, false, or undefined when not set there. */
function onOff(pPr: Node | undefined, name: Keep): boolean | undefined {
  const setting = pPr ? children(pPr, 'w:pPr').find((n) => name in n) : undefined;
  if (!setting) return undefined;
  const value = attr(setting, 'w:val');
  return value === undefined || !['false', '0', 'off'].includes(value);
}

/** keepNext/keepLines per style id, following basedOn. */
type StyleKeeps = (styleId: string | null, name: Keep) => boolean;

function styleKeeps(stylesXml: string | undefined): StyleKeeps {
  const styles = new Map<string, { pPr: Node | undefined; basedOn: string | null }>();
  const root = stylesXml ? (parser.parse(stylesXml) as Node[]) : [];
  for (const node of root.flatMap((n) => children(n, 'w:styles'))) {
    if (!('w:style' in node)) continue;
    const id = attr(node, 'w:styleId');
    const parts = children(node, 'w:style');
    const basedOn = parts.find((n) => 'w:basedOn' in n);
    if (id) styles.set(id, { pPr: parts.find((n) => 'w:pPr' in n), basedOn: basedOn ? (attr(basedOn, 'w:val') ?? null) : null });
  }
  const lookup = (styleId: string | null, name: Keep, depth = 0): boolean => {
    const style = styleId === null ? undefined : styles.get(styleId);
    if (!style || depth > 10) return false;
    return onOff(style.pPr, name) ?? lookup(style.basedOn, name, depth + 1);
  };
  return (styleId, name) => lookup(styleId ?? 'Normal', name);
}

function paragraphKeeps(p: Node, keeps: StyleKeeps): { keepNext: boolean; keepLines: boolean } {
  const pPr = children(p, 'w:p').find((n) => 'w:pPr' in n);
  const style = paragraphStyle(p);
  return {
    keepNext: onOff(pPr, 'w:keepNext') ?? keeps(style, 'w:keepNext'),
    keepLines: onOff(pPr, 'w:keepLines') ?? keeps(style, 'w:keepLines'),
  };
}

/** The paragraphs of a block container, also those inside a block-level content control (w:sdt). */
function blockParagraphs(nodes: Node[]): Node[] {
  return nodes.flatMap((n) => ('w:p' in n ? [n] : 'w:sdt' in n ? blockParagraphs(children(n, 'w:sdt').flatMap((c) => children(c, 'w:sdtContent'))) : []));
}

function walk(nodes: Node[], out: OpenedDocx, keeps: StyleKeeps): void {
  for (const node of nodes) {
    const [name] = Object.keys(node).filter((k) => k !== ':@');
    if (!name || name === '#text') continue;
    if (name === 'w:p') {
      out.body.push({ kind: 'paragraph', index: out.paragraphs.length });
      out.paragraphs.push({ style: paragraphStyle(node), text: textOf(children(node, 'w:p')), ...paragraphKeeps(node, keeps) });
      continue;
    }
    if (name === 'w:tbl') {
      const rows = children(node, 'w:tbl')
        .filter((n) => 'w:tr' in n)
        .map((tr) => {
          const trNodes = children(tr, 'w:tr');
          const trPr = trNodes.find((n) => 'w:trPr' in n);
          const header = trPr ? children(trPr, 'w:trPr').some((n) => 'w:tblHeader' in n) : false;
          const cantSplit = trPr ? children(trPr, 'w:trPr').some((n) => 'w:cantSplit' in n) : false;
          const cellParagraphs = trNodes.filter((n) => 'w:tc' in n).map((tc) => blockParagraphs(children(tc, 'w:tc')));
          const cells = cellParagraphs.map((paragraphs) => paragraphs.map((p) => textOf(children(p, 'w:p'))).join('\n'));
          const keepNext = cellParagraphs.flat().every((p) => paragraphKeeps(p, keeps).keepNext);
          return { header, cells, cantSplit, keepNext };
        });
      out.body.push({ kind: 'table', index: out.tables.length });
      out.tables.push({ rows });
      continue;
    }
    walk(children(node, name), out, keeps);
  }
}

export function openDocx(bytesOrPath: Uint8Array | string): OpenedDocx {
  const bytes = typeof bytesOrPath === 'string' ? readFileSync(bytesOrPath) : bytesOrPath;
  const files = unzipSync(new Uint8Array(bytes));
  const parts = Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
  const out: OpenedDocx = { parts, paragraphs: [], tables: [], body: [] };
  walk(parser.parse(parts['word/document.xml']!) as Node[], out, styleKeeps(parts['word/styles.xml']));
  return out;
}

export function headings(doc: OpenedDocx, level: 1 | 2 | 3): string[] {
  return doc.paragraphs.filter((p) => p.style === `Heading${level}`).map((p) => p.text);
}

/** All visible text of the body, paragraphs and table cells, one paragraph per line. */
export function bodyText(doc: OpenedDocx): string {
  return [...doc.paragraphs.map((p) => p.text), ...doc.tables.flatMap((t) => t.rows.flatMap((r) => r.cells))].join('\n');
}

/** The body paragraph just before a table, if the table directly follows one. */
export function paragraphBefore(doc: OpenedDocx, table: OpenedDocx['tables'][number]): OpenedDocx['paragraphs'][number] | undefined {
  const at = doc.body.findIndex((b) => b.kind === 'table' && doc.tables[b.index] === table);
  const before = doc.body[at - 1];
  return before?.kind === 'paragraph' ? doc.paragraphs[before.index] : undefined;
}
