import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';

/** A .docx opened the way a test needs it: its parts as text, paragraphs and tables as plain data. */
export interface OpenedDocx {
  parts: Record<string, string>;
  paragraphs: Array<{ style: string | null; text: string }>;
  tables: Array<{ rows: Array<{ header: boolean; cells: string[] }> }>;
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
    if (name === 'w:t') text += children(node, name).map((t) => String(t['#text'] ?? '')).join('');
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

function walk(nodes: Node[], out: OpenedDocx): void {
  for (const node of nodes) {
    const [name] = Object.keys(node).filter((k) => k !== ':@');
    if (!name || name === '#text') continue;
    if (name === 'w:p') {
      out.paragraphs.push({ style: paragraphStyle(node), text: textOf(children(node, 'w:p')) });
      continue;
    }
    if (name === 'w:tbl') {
      const rows = children(node, 'w:tbl')
        .filter((n) => 'w:tr' in n)
        .map((tr) => {
          const trNodes = children(tr, 'w:tr');
          const trPr = trNodes.find((n) => 'w:trPr' in n);
          const header = trPr ? children(trPr, 'w:trPr').some((n) => 'w:tblHeader' in n) : false;
          const cells = trNodes.filter((n) => 'w:tc' in n).map((tc) => children(tc, 'w:tc').filter((n) => 'w:p' in n).map((p) => textOf(children(p, 'w:p'))).join('\n'));
          return { header, cells };
        });
      out.tables.push({ rows });
      continue;
    }
    walk(children(node, name), out);
  }
}

export function openDocx(bytesOrPath: Uint8Array | string): OpenedDocx {
  const bytes = typeof bytesOrPath === 'string' ? readFileSync(bytesOrPath) : bytesOrPath;
  const files = unzipSync(new Uint8Array(bytes));
  const parts = Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
  const out: OpenedDocx = { parts, paragraphs: [], tables: [] };
  walk(parser.parse(parts['word/document.xml']!) as Node[], out);
  return out;
}

export function headings(doc: OpenedDocx, level: 1 | 2 | 3): string[] {
  return doc.paragraphs.filter((p) => p.style === `Heading${level}`).map((p) => p.text);
}

/** All visible text of the body, paragraphs and table cells, one paragraph per line. */
export function bodyText(doc: OpenedDocx): string {
  return [...doc.paragraphs.map((p) => p.text), ...doc.tables.flatMap((t) => t.rows.flatMap((r) => r.cells))].join('\n');
}
